// Input checks that protect Crisp from malformed values; kept in production because they
// are what stops a user-typed email or a bad data key reaching Crisp.
import type { CrispCommand } from './protocol';
import type { Report } from './errors';
import { devCheckCommand } from './dev-check';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SIGNATURE = /^[\da-f]{64}$/;
const DATA_KEY = /^[\w-]{1,50}$/;

/** The field name of a bad email/signature pair, or nothing when valid. */
export const badEmail = (email: unknown, signature: unknown): string | void => {
  if (typeof email != 'string' || !EMAIL.test(email)) return 'user:email';
  if (signature != null && (typeof signature != 'string' || !SIGNATURE.test(signature))) return 'user:email signature';
};

/** The field name of a bad session-data pair, or nothing when valid. */
export const badPair = (key: string, value: unknown): string | void => {
  if (!DATA_KEY.test(key)) return 'session:data key ' + key;
  if (!/^(string|number|boolean)$/.test(typeof value) || (typeof value == 'number' && !isFinite(value)))
    return 'session:data ' + key;
};

type Pair = [string, unknown];

/**
 * Returns the command to send (bad session-data pairs filtered out) or nothing when the whole
 * command is refused. Each refusal is reported with the field it concerns.
 */
export function checkCommand(command: CrispCommand, report: Report): CrispCommand | void {
  if (process.env.NODE_ENV !== 'production') {
    const problem = devCheckCommand(command);
    if (problem) return report(problem[0], problem[1]);
  } else if (!Array.isArray(command) || !/^(set|do|config|on|off|safe)$/.test(command[0])) return report('command');
  if (command[0] == 'set') {
    const args = command[2] as unknown[];
    if (command[1] == 'user:email') {
      const bad = badEmail(args[0], args[1]);
      if (bad) return report(bad);
    }
    if (command[1] == 'session:data') {
      const input = args[0] as Pair | Pair[];
      const pairs = (Array.isArray(input[0]) ? input : [input]) as Pair[];
      const good = pairs.filter(([key, value]) => {
        const bad = badPair(key, value);
        return !(bad && (report(bad), 1));
      });
      return good.length ? ['set', 'session:data', [good as never]] : undefined;
    }
  }
  return command;
}
