// What Crisp's client refuses, refused first: checked before anything reaches Crisp, in
// production too, because Crisp drops a refused command silently (a user-typed email, a bad data
// key) and the app would never know.
import type { CrispCommand, CrispSessionDataPair, CrispSetKey } from './protocol';
import type { Report } from './errors';
import { isEventName, isName } from './names';
import { devCheckCommand } from './dev-check';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SIGNATURE = /^[\da-f]{64}$/;
// Optional country code (+ or 00, maybe in a pair of parentheses), digit groups joined by one of - . space
// / \, optional extension.
const PHONE = /^((\((\+|00)\d+\)|(\+|00)\d+)[-. /\\]?)?\d+([-. /\\]\d+)*\s*((#|x|ext|extension)\s*\d+)?$/i;
const HTTP_URL = /^https?:\/\/[^\s/?#]+\S*$/i;
const DATA_KEY = /^[\w-]{1,50}$/;

type Check = (value: unknown) => boolean;

const isString = (value: unknown): value is string => typeof value == 'string';
const isFilled = (value: unknown): boolean => isString(value) && value.trim() != '';
export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value == 'object' && !Array.isArray(value);
const isOptional = (value: unknown, check: Check): boolean => value === undefined || check(value);
const isPrimitive = (value: unknown): boolean =>
  isString(value) || typeof value == 'boolean' || (typeof value == 'number' && isFinite(value));
const isList = (value: unknown, check: Check): value is unknown[] => Array.isArray(value) && value.every(check);

/** The field to report for a bad session-data pair, or nothing when Crisp accepts it. */
export const badPair = (key: unknown, value: unknown): string | undefined =>
  !isString(key) || !DATA_KEY.test(key)
    ? 'session:data key ' + String(key)
    : isPrimitive(value)
      ? undefined
      : 'session:data ' + key;

const isData = (data: unknown): boolean => isObject(data) && Object.keys(data).every((key) => !badPair(key, data[key]));

const isCompanyDetails = (details: unknown): boolean =>
  isObject(details) &&
  isOptional(details.url, isString) &&
  isOptional(details.description, isString) &&
  isOptional(details.employment, (pair) => isList(pair, isString) && pair.length == 2) &&
  isOptional(details.geolocation, (place) => isList(place, isString) && place.length > 0 && place.length < 3);

const isSegmentList = (list: unknown): boolean =>
  isList(list, (segment) => isFilled(segment) && (segment as string).length <= 80) &&
  new Set(list).size == list.length;

const isSessionEvent = (event: unknown): boolean =>
  Array.isArray(event) && isFilled(event[0]) && isOptional(event[1], isData);

/** Whether Crisp accepts these arguments for a `set` key (session:data is filtered apart). */
const SET_RULES: Partial<Record<CrispSetKey, (args: unknown[]) => boolean>> = {
  'user:email': ([email, signature]) =>
    isString(email) && EMAIL.test(email) && isOptional(signature, (s) => isString(s) && SIGNATURE.test(s)),
  'user:nickname': ([nickname]) => isFilled(nickname),
  'user:phone': ([phone]) => (isString(phone) || typeof phone == 'number') && PHONE.test(String(phone).trim()),
  'user:avatar': ([url]) => isString(url) && HTTP_URL.test(url),
  'user:company': ([name, details]) => isFilled(name) && isOptional(details, isCompanyDetails),
  'session:segments': ([list]) => isSegmentList(list),
  'session:event': ([events]) => isList(events, isSessionEvent) && events.length > 0,
  'message:text': ([text]) => isString(text),
};

/** The pairs Crisp accepts from a `session:data` argument; each refused pair is reported. */
export function goodPairs(input: unknown, report: Report): CrispSessionDataPair[] {
  // One pair [k, v] or a list of pairs [[k, v], ...].
  const pairs = Array.isArray(input) && input.length && !Array.isArray(input[0]) ? [input] : isList(input, Array.isArray) ? input : [];
  if (!pairs.length) report('session:data');
  return (pairs as unknown[][]).filter((pair) => {
    const bad = badPair(pair[0], pair[1]);
    if (bad) report(bad);
    return !bad;
  }) as CrispSessionDataPair[];
}

/**
 * The command to send, or nothing when it is refused (reported with the field it concerns).
 * Bad `session:data` pairs are dropped and the good ones kept.
 */
export function checkCommand(command: unknown, report: Report): CrispCommand | undefined {
  if (process.env.NODE_ENV !== 'production') {
    const problem = devCheckCommand(command);
    if (problem) return void report(problem[0], problem[1]);
  }
  if (!Array.isArray(command)) return void report('command');
  const [verb, name, args] = command as unknown[];
  if (verb == 'safe') return typeof name == 'boolean' ? (command as CrispCommand) : void report('safe');
  if (!isString(name) || !/^(set|do|config|on|off)$/.test(verb as string)) return void report('command');
  const field = verb + ' ' + name;
  if (verb == 'on' || verb == 'off')
    return isEventName(name) && (verb == 'off' || typeof args == 'function')
      ? (command as CrispCommand)
      : void report(field);
  if (verb == 'do' ? !isOptional(args, Array.isArray) : !Array.isArray(args)) return void report(field);
  if (verb != 'set') return command as CrispCommand;
  if (name == 'session:data') {
    const pairs = goodPairs((args as unknown[])[0], report);
    return pairs.length ? ['set', 'session:data', [pairs]] : undefined;
  }
  // An own key only: `set('constructor', …)` must not find Object.prototype's members.
  const rule = isName(SET_RULES, name) ? SET_RULES[name as CrispSetKey] : undefined;
  if (!rule || rule(args as unknown[])) return command as CrispCommand;
  // A valid email with a bad signature: name the signature, the part the app must fix.
  const email = (args as unknown[])[0];
  report(name == 'user:email' && isString(email) && EMAIL.test(email) ? name + ' signature' : name);
}
