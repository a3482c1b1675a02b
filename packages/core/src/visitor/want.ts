// want: a `set` of the visitor's user fields, session data or segments, checked and taken into
// the wanted state. Every way in (setUser, setSessionData, setSegments, login, a raw push) goes here.
import type { CrispPrimitive } from '../protocol/protocol';
import type { Kit } from '../client/kit';
import { refusalOf } from '../development/refusal-of';
import { isDataKey, isDataValue, isSafePhone } from '../protocol/guards';
import { textOf, type Report } from '../client/errors';
import { contentOf } from './content-of';

/**
 * The session-data pairs Crisp accepts. One bad pair would make it drop the whole command, good
 * pairs included (silently, before its client is live), so only that pair is refused and reported.
 */
export const acceptedPairs = (pairs: unknown[][], report: Report): [string, CrispPrimitive][] =>
  pairs.filter((pair) => {
    if (!Array.isArray(pair)) return report('session:data');
    const [name, value] = pair as unknown[];
    const field = (isDataKey(name) ? 'session:data ' : 'session:data key ') + textOf(name);
    if (process.env.NODE_ENV !== 'production') {
      const refusal = refusalOf(['set', 'session:data', [name, value]]);
      if (refusal) return report(field, refusal);
    }
    return (isDataKey(name) && isDataValue(value)) || report(field);
  }) as [string, CrispPrimitive][];

const VISITOR_KEY = /^(user:(email|phone|nickname|avatar|company)|session:(data|segments))$/;

/**
 * Takes `command` into the wanted visitor when it sets a user field, session data or segments
 * (and returns true); anything else is left to the caller (false). Refused input is reported,
 * naming the field, and changes nothing. The caller reconciles.
 */
export function want(kit: Kit, command: readonly unknown[]): boolean {
  const [verb, key, input] = command;
  if (verb !== 'set' || typeof key !== 'string' || !VISITOR_KEY.test(key)) return false;
  const { visitor, report } = kit;
  // Session data is checked pair by pair below: one bad pair must not cost the others.
  if (process.env.NODE_ENV !== 'production' && key !== 'session:data') {
    const refusal = refusalOf(command);
    if (refusal) return (report(key, refusal), true);
  }
  // Crisp wraps a lone argument itself: `['set', 'user:email', 'a@b.co']`.
  const args: unknown[] = Array.isArray(input) ? input : [input];
  if (key === 'session:data') {
    // `[[k, v], …]` as one argument, or `(k, v)`.
    const pairs = (Array.isArray(args[0]) && Array.isArray(args[0][0]) ? args[0] : [args]) as unknown[][];
    acceptedPairs(pairs, report).forEach(([name, value]) => visitor.data.set(textOf(name), value));
  } else if (key === 'session:segments') {
    if (!Array.isArray(args[0])) return (report(key), true);
    if (args[1] === true) {
      visitor.segments.clear();
      visitor.overwrite = true;
    }
    (args[0] as string[]).forEach((segment) => visitor.segments.add(segment));
  } else if (key === 'user:phone' && !isSafePhone(args[0])) report(key);
  else {
    const json = contentOf(args, key, report);
    if (json) visitor.fields.set(key, json);
  }
  return true;
}
