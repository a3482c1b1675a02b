// What Crisp's client accepts, per command: the argument rules of every `set` key and `do`
// action. Kept in production builds: Crisp drops a refused command silently.
import type { CrispDoAction, CrispSetKey } from './protocol';
import { textOf } from './errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SIGNATURE = /^[\da-f]{64}$/;
// An optional country code (+ or 00 and digits, maybe in parentheses), digit groups joined by one
// of - . space / \, an optional extension (#, x, ext or extension, then digits).
const PHONE = /^(?:(?:\((?:\+|00)\d+\)|\+|00)[-. /\\]?)?\d+(?:[-. /\\]\d+)*(?:\s*(?:#|x|ext|extension)\.?\s*\d+)?$/i;
const HTTP_URL = /^https?:\/\/[^\s/?#]+\S*$/i;
const DATA_KEY = /^[\w-]{1,50}$/;

type Check = (value: unknown) => boolean;

export const isString = (value: unknown): value is string => typeof value === 'string';
const isFilled = (value: unknown): boolean => isString(value) && value.trim() !== '';
export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);
export const isOptional = (value: unknown, check: Check): boolean => value === undefined || check(value);
const isPrimitive = (value: unknown): boolean =>
  isString(value) || typeof value === 'boolean' || (typeof value === 'number' && isFinite(value));
export const isList = (value: unknown, check: Check): value is unknown[] => Array.isArray(value) && value.every(check);

/** The field to report for a bad session-data pair, or nothing when Crisp accepts it. */
export const badPair = (key: unknown, value: unknown): string | undefined =>
  !isString(key) || !DATA_KEY.test(key)
    ? 'session:data key ' + textOf(key)
    : isPrimitive(value)
      ? undefined
      : 'session:data ' + key;

const isData = (data: unknown): boolean => isObject(data) && Object.keys(data).every((key) => !badPair(key, data[key]));

const isCompanyDetails = (details: unknown): boolean =>
  isObject(details) &&
  isOptional(details.url, isString) &&
  isOptional(details.description, isString) &&
  isOptional(details.employment, (pair) => isList(pair, isString) && pair.length === 2) &&
  isOptional(details.geolocation, (place) => isList(place, isString) && place.length > 0 && place.length < 3);

const isSegmentList = (list: unknown): boolean =>
  isList(list, (segment) => isFilled(segment) && (segment as string).length <= 80) &&
  new Set(list).size === list.length;

const isSessionEvent = (event: unknown): boolean =>
  Array.isArray(event) && isFilled(event[0]) && isOptional(event[1], isData);

type Rule = (args: unknown[]) => boolean;
const ANY: Rule = () => true;
const isNamed: Rule = ([name]) => isString(name);
/** A message: a known type, and content that is text for `text`, an object otherwise. */
const isMessage =
  (types: RegExp): Rule =>
  ([type, content]) =>
    isString(type) &&
    types.test(type) &&
    (type === 'text' ? isString(content) : !!content && typeof content === 'object');

/**
 * Every `set` key with what Crisp accepts as its arguments (session:data is filtered apart). Also
 * the table of the keys themselves: `satisfies` keeps it equal to the protocol's types.
 */
export const SET_RULES = {
  'user:email': ([email, signature]) =>
    isString(email) && EMAIL.test(email) && isOptional(signature, (s) => isString(s) && SIGNATURE.test(s)),
  'user:nickname': ([nickname]) => isFilled(nickname),
  'user:phone': ([phone]) => (isString(phone) || typeof phone === 'number') && PHONE.test(String(phone).trim()),
  'user:avatar': ([url]) => isString(url) && HTTP_URL.test(url),
  'user:company': ([name, details]) => isFilled(name) && isOptional(details, isCompanyDetails),
  'session:data': ANY,
  'session:segments': ([list]) => isSegmentList(list),
  'session:event': ([events]) => isList(events, isSessionEvent) && events.length > 0,
  'message:text': isNamed,
} satisfies Record<CrispSetKey, Rule>;

/** Every `do` action with what Crisp accepts as its arguments. */
export const DO_RULES = {
  'chat:open': ANY,
  'chat:close': ANY,
  'chat:toggle': ANY,
  'chat:show': ANY,
  'chat:hide': ANY,
  'message:send': isMessage(/^(text|file|animation|audio)$/),
  'message:show': isMessage(/^(text|file|animation|audio|picker|field|carousel)$/),
  'message:read': ANY,
  'message:thread:start': ANY,
  'message:thread:end': ANY,
  'helpdesk:search': ANY,
  'helpdesk:query': isNamed,
  'helpdesk:article:open': ANY,
  'session:reset': ANY,
  'trigger:run': isNamed,
  'bot:scenario:run': ANY,
  'overlay:open': ANY,
  'overlay:close': ANY,
} satisfies Record<CrispDoAction, Rule>;
