// What Crisp's client refuses, refused first: checked before anything reaches Crisp, in
// production too, because Crisp drops a refused command silently (a user-typed email, a bad data
// key) and the app would never know.
import type { CrispCommand, CrispDoAction, CrispSessionDataPair, CrispSetKey } from './protocol';
import { textOf, type Report } from './errors';
import { CONFIG_KEYS, isEventName, isName } from './names';
import { DO_RULES, SET_RULES, badPair, isList, isOptional } from './rules';
import { devCheckCommand } from './dev-check';

/** The pairs Crisp accepts from a `session:data` argument; each refused pair is reported. */
export function goodPairs(input: unknown, report: Report): CrispSessionDataPair[] {
  // One pair [k, v] or a list of pairs [[k, v], ...].
  const pairs =
    Array.isArray(input) && input.length && !Array.isArray(input[0])
      ? [input]
      : isList(input, Array.isArray)
        ? input
        : [];
  if (!pairs.length) report('session:data');
  return (pairs as unknown[][]).filter((pair) => {
    const bad = badPair(pair[0], pair[1]);
    if (bad) report(bad);
    return !bad;
  }) as CrispSessionDataPair[];
}

/** The table of names, and of argument rules, for each verb that has them. */
const TABLES: Record<string, object> = { set: SET_RULES, do: DO_RULES, config: CONFIG_KEYS };

/**
 * The command to send, or nothing when it is refused (reported with the field it concerns):
 * unknown names and arguments Crisp's client would refuse. Bad `session:data` pairs are dropped
 * and the good ones kept.
 */
export function checkCommand(command: unknown, report: Report): CrispCommand | undefined {
  if (process.env.NODE_ENV !== 'production') {
    const problem = devCheckCommand(command);
    if (problem) return void report(problem[0], problem[1]);
  }
  if (!Array.isArray(command)) return void report('command');
  const [verb, name, args] = command as unknown[];
  if (verb === 'safe') return typeof name === 'boolean' ? (command as CrispCommand) : void report('safe');
  const field = textOf(verb) + ' ' + textOf(name);
  if (verb === 'on' || verb === 'off')
    return isEventName(name) && (verb === 'off' || typeof args === 'function')
      ? (command as CrispCommand)
      : void report(field);
  const table = TABLES[verb as string];
  // Own keys only: `set('constructor', …)` must not find Object.prototype's members.
  if (!table || !isName(TABLES, verb) || !isName(table, name)) return void report(field);
  if (verb === 'do' ? !isOptional(args, Array.isArray) : !Array.isArray(args)) return void report(field);
  const list = (args || []) as unknown[];
  if (verb === 'do') return DO_RULES[name as CrispDoAction](list) ? (command as CrispCommand) : void report(field);
  if (verb === 'config') return command as CrispCommand;
  if (name === 'session:data') {
    const pairs = goodPairs(list[0], report);
    return pairs.length ? ['set', 'session:data', [pairs]] : undefined;
  }
  if (SET_RULES[name as CrispSetKey](list)) return command as CrispCommand;
  // A valid email with a bad signature: name the signature, the part the app must fix.
  report(name === 'user:email' && SET_RULES['user:email']([list[0]]) ? 'user:email signature' : (name as string));
}
