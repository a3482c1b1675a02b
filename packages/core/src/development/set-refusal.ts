// Development only: why Crisp would refuse a `set` command, or drop or garble what it accepted.
// Crisp's own rules (measured value by value on its client v2.7.0), plus a few stricter ones where
// Crisp lets a value through and then loses it: those are marked "Crisp would ...".
import { isDataKey, isDataValue, isSafePhone } from '../protocol/guards';
import { describeValue } from './describe-value';
import { EVENT_COLORS } from './names';

/** No whitespace, exactly one `@`, a dot after it: all Crisp asks of an address (no length limit). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Identity verification: HMAC-SHA256 in lowercase hex. */
const SIGNATURE = /^[\da-f]{64}$/;
/** Lowercase `http://` or `https://` and at least one more character, no line break. */
const AVATAR = /^https?:\/\/.+$/;
const MAX_SEGMENT_LENGTH = 80;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isFilledString = (value: unknown): value is string => typeof value === 'string' && value !== '';

function emailRefusal([email, signature]: readonly unknown[]): string | undefined {
  if (typeof email !== 'string' || !EMAIL.test(email)) return `user:email: ${describeValue(email)} is not an email`;
  if (signature === undefined || signature === null) return undefined;
  if (typeof signature !== 'string') {
    return `user:email: the signature must be a string, not ${describeValue(signature)}`;
  }
  if (!SIGNATURE.test(signature)) {
    return `user:email: signature ${describeValue(signature)} is not an HMAC-SHA256 in lowercase hex (64 characters)`;
  }
}

const COMPANY_DETAILS = ['url', 'description', 'employment', 'geolocation'];

function companyRefusal([name, details]: readonly unknown[]): string | undefined {
  if (!isFilledString(name)) return `user:company: the name must be a non-empty string, not ${describeValue(name)}`;
  if (details === undefined) return undefined;
  // Crisp throws on `null` and silently ignores details that are not an object.
  if (!isRecord(details)) return `user:company: details must be an object, not ${describeValue(details)}`;
  const unknown = Object.keys(details).find((key) => !COMPANY_DETAILS.includes(key));
  if (unknown !== undefined) return `user:company: no detail "${unknown}" (Crisp would drop it)`;
  const { url, description, employment, geolocation } = details;
  if (url !== undefined && typeof url !== 'string') return `user:company: url must be a string`;
  if (description !== undefined && typeof description !== 'string') {
    return `user:company: description must be a string`;
  }
  // Crisp reads both by index: a string would be split into letters, an object form dropped.
  if (
    employment !== undefined &&
    !(
      Array.isArray(employment) &&
      (employment.length === 0 || (isFilledString(employment[0]) && typeof employment[1] === 'string'))
    )
  ) {
    return `user:company: employment must be [title, role], two strings, not ${describeValue(employment)}`;
  }
  if (
    geolocation !== undefined &&
    !(
      Array.isArray(geolocation) &&
      (geolocation.length === 0 ||
        (isFilledString(geolocation[0]) &&
          (geolocation[1] === undefined || geolocation[1] === null || typeof geolocation[1] === 'string')))
    )
  ) {
    return `user:company: geolocation must be [country, city?], strings, not ${describeValue(geolocation)}`;
  }
}

/** Why one pair of session data would be refused (or stored under another key, or as null). */
function dataPairRefusal(key: unknown, value: unknown, field: string): string | undefined {
  if (typeof key !== 'string') return `${field} key ${describeValue(key)}: keys must be strings`;
  if (!isDataKey(key)) return `${field} key ${describeValue(key)}: letters, digits, _ and - only, 1 to 50 characters`;
  if (!isDataValue(value)) {
    return `${field} value of "${key}": a string, number or boolean, not ${describeValue(value)}`;
  }
  // Crisp takes NaN and Infinity, and they arrive as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return `${field} value of "${key}": ${value} is not sent`;
}

/**
 * `session:data` takes `(key, value)` or one list of `[key, value]` pairs. Crisp's own rule: one
 * bad pair refuses the whole command.
 */
function dataRefusal(args: readonly unknown[]): string | undefined {
  const [first] = args;
  const isList = Array.isArray(first) && Array.isArray(first[0]);
  // A single pair wrapped in a list (`[[key, value]]`) is not a form Crisp knows: it reads the
  // pair as a key.
  if (!isList && (Array.isArray(first) || isRecord(first))) {
    return 'session:data: expected (key, value) or a list of [key, value] pairs';
  }
  const pairs = isList ? (first as unknown[]) : [args];
  for (const pair of pairs) {
    if (!Array.isArray(pair)) return `session:data: each pair must be [key, value], not ${describeValue(pair)}`;
    const refusal = dataPairRefusal(pair[0], pair[1], 'session:data');
    if (refusal) return refusal;
  }
}

function segmentsRefusal([segments, overwrite]: readonly unknown[]): string | undefined {
  if (!Array.isArray(segments)) return `session:segments: expected a list of segments, not ${describeValue(segments)}`;
  const seen = new Set<string>();
  for (const segment of segments as unknown[]) {
    if (typeof segment !== 'string') return `session:segments: segment ${describeValue(segment)} is not a string`;
    const trimmed = segment.trim();
    if (trimmed === '') return `session:segments: segment ${describeValue(segment)} is empty`;
    if (trimmed.length > MAX_SEGMENT_LENGTH) {
      return `session:segments: segment ${describeValue(segment)} is longer than ${MAX_SEGMENT_LENGTH} characters`;
    }
    if (seen.has(trimmed)) return `session:segments: segment "${trimmed}" is repeated (Crisp compares them trimmed)`;
    seen.add(trimmed);
  }
  if (overwrite !== undefined && typeof overwrite !== 'boolean') {
    return `session:segments: overwrite must be true or false, not ${describeValue(overwrite)}`;
  }
}

function eventRefusal(event: unknown): string | undefined {
  if (!Array.isArray(event)) return `session:event: each event must be [name, data?, color?]`;
  const [name, data, color] = event as unknown[];
  if (!isFilledString(name)) return `session:event: the name must be a non-empty string, not ${describeValue(name)}`;
  if (data !== undefined && data !== null) {
    if (!isRecord(data)) return `session:event "${name}": data must be an object, not ${describeValue(data)}`;
    for (const key of Object.keys(data)) {
      const refusal = dataPairRefusal(key, data[key], `session:event "${name}" data`);
      if (refusal) return refusal;
    }
  }
  if (color !== undefined && color !== null && !EVENT_COLORS.includes(color as string)) {
    return `session:event "${name}": color ${describeValue(color)} is not one of ${EVENT_COLORS.join(', ')}`;
  }
}

/** `session:event` takes one list of `[name, data?, color?]`, or one event flat: `(name, data?, color?)`. */
function eventsRefusal(args: readonly unknown[]): string | undefined {
  const [first] = args;
  const events = Array.isArray(first) ? (first as unknown[]) : [args];
  if (events.length === 0) return 'session:event: no events';
  for (const event of events) {
    const refusal = eventRefusal(event);
    if (refusal) return refusal;
  }
}

/** Why Crisp would refuse (or lose) `['set', key, args]`; undefined when it accepts and uses it. */
export function setRefusalOf(key: string, args: readonly unknown[]): string | undefined {
  const [value] = args;
  switch (key) {
    case 'user:email':
      return emailRefusal(args);
    case 'user:phone':
      return isSafePhone(value) ? undefined : `user:phone: ${describeValue(value)} is not a phone number Crisp accepts`;
    case 'user:nickname':
      return isFilledString(value)
        ? undefined
        : `user:nickname: expected a non-empty string, not ${describeValue(value)}`;
    case 'user:avatar':
      return typeof value === 'string' && AVATAR.test(value)
        ? undefined
        : `user:avatar: ${describeValue(value)} is not an http:// or https:// URL (lowercase scheme)`;
    case 'user:company':
      return companyRefusal(args);
    case 'session:data':
      return dataRefusal(args);
    case 'session:segments':
      return segmentsRefusal(args);
    case 'session:event':
      return eventsRefusal(args);
    case 'message:text':
      return typeof value === 'string' ? undefined : `message:text: expected a string, not ${describeValue(value)}`;
  }
}
