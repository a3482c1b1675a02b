// The values the real client accepts for each `set` key, checked in full before anything changes,
// so a refused command leaves no trace (the client throws on the first bad part and drops it all).
import {
  DATA_KEY,
  EMAIL,
  EVENT_COLORS,
  HTTP_URL,
  MAX_SEGMENT_LENGTH,
  NUMERIC_STRING,
  PHONE,
  SIGNATURE,
} from './protocol';
import { refuse } from './refusal';
import { copy } from './state';
import type { FakeCompany, FakePrimitive, FakeSessionEvent } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isPrimitive = (value: unknown): value is FakePrimitive =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';

/** The client stores `"true"`, `"false"` and numeric strings as booleans and numbers. */
function storedValue(value: FakePrimitive): FakePrimitive {
  if (typeof value !== 'string') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return NUMERIC_STRING.test(value) ? Number(value) : value;
}

export function checkEmail(email: unknown, signature: unknown): { email: string; signature: string | null } {
  if (typeof email !== 'string' || !EMAIL.test(email)) refuse('user:email: invalid email');
  // `undefined` means no signature; anything else must look like an HMAC-SHA256 in lowercase hex.
  if (signature !== undefined && (typeof signature !== 'string' || !SIGNATURE.test(signature))) {
    refuse('user:email: invalid signature (expected 64 lowercase hex characters)');
  }
  return { email, signature: typeof signature === 'string' ? signature : null };
}

export function checkNickname(nickname: unknown): string {
  if (typeof nickname !== 'string' || nickname === '') refuse('user:nickname: expected a non-empty string');
  return nickname;
}

export function checkPhone(phone: unknown): string {
  // A number is accepted as its decimal string (a leading zero or `+` is then already gone).
  const text = typeof phone === 'number' ? String(phone) : phone;
  if (typeof text !== 'string' || !PHONE.test(text)) refuse('user:phone: invalid phone number');
  return text;
}

export function checkAvatar(url: unknown): string {
  if (typeof url !== 'string' || !HTTP_URL.test(url)) refuse('user:avatar: expected an absolute http(s) URL');
  return url;
}

const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

export function checkCompany(name: unknown, details: unknown): FakeCompany {
  if (typeof name !== 'string' || name === '') refuse('user:company: missing name');
  // Inferred: details that are not an object are ignored, as the fake always did.
  if (!isRecord(details)) return { name };
  const { url, description, employment, geolocation } = details;
  if (!isOptionalString(url)) refuse('user:company: url must be a string');
  if (!isOptionalString(description)) refuse('user:company: description must be a string');
  if (
    employment !== undefined &&
    !(Array.isArray(employment) && typeof employment[0] === 'string' && typeof employment[1] === 'string')
  ) {
    refuse('user:company: employment needs both a title and a role');
  }
  if (
    geolocation !== undefined &&
    !(Array.isArray(geolocation) && typeof geolocation[0] === 'string' && isOptionalString(geolocation[1]))
  ) {
    refuse('user:company: geolocation needs a country (and an optional city) as strings');
  }
  return { ...copy(details), name } as FakeCompany;
}

/**
 * `session:data` arguments come as a list of pairs `[[[k, v], ...]]`, a single pair `[[k, v]]`,
 * or (as some wrappers write it) the bare pair `[k, v]`; all three reach the same upsert.
 */
function dataPairs(args: readonly unknown[]): unknown[] {
  const [first] = args;
  if (typeof first === 'string') return [[first, args[1]]];
  if (!Array.isArray(first)) refuse('session:data: expected [[[key, value], ...]]');
  return Array.isArray(first[0]) || first.length === 0 ? first : [first];
}

function checkPair(pair: unknown, field: string): [string, FakePrimitive] {
  const [key, value] = Array.isArray(pair) ? (pair as unknown[]) : [];
  if (typeof key !== 'string' || !DATA_KEY.test(key)) refuse(`${field}: invalid key ${JSON.stringify(key)}`);
  if (!isPrimitive(value)) refuse(`${field}: invalid value for "${key}"`);
  return [key, storedValue(value)];
}

/** The pairs to upsert, converted as the client stores them; an empty string still means "delete". */
export function checkSessionData(args: readonly unknown[]): [string, FakePrimitive][] {
  const pairs = dataPairs(args);
  if (pairs.length === 0) refuse('session:data: empty data');
  return pairs.map((pair) => checkPair(pair, 'session:data'));
}

export function checkSegments(segments: unknown): string[] {
  if (!Array.isArray(segments)) refuse('session:segments: expected [[segment, ...], overwrite?]');
  const seen = new Set<string>();
  for (const segment of segments as unknown[]) {
    if (typeof segment !== 'string' || segment.trim() === '') refuse('session:segments: empty segment');
    if (segment.length > MAX_SEGMENT_LENGTH) refuse(`session:segments: longer than ${MAX_SEGMENT_LENGTH} characters`);
    if (seen.has(segment)) refuse(`session:segments: ${JSON.stringify(segment)} repeated`);
    seen.add(segment);
  }
  return [...seen];
}

/** `session:event` takes `[[[name, data?, color?], ...]]`; a single `[[name, data?, color?]]` works too. */
export function checkSessionEvents(args: readonly unknown[]): FakeSessionEvent[] {
  const [first] = args;
  if (!Array.isArray(first)) refuse('session:event: expected [[[name, data?, color?], ...]]');
  const tuples: unknown[] = Array.isArray(first[0]) ? first : [first];
  return tuples.map((tuple) => {
    const [name, data, color] = Array.isArray(tuple) ? (tuple as unknown[]) : [];
    if (typeof name !== 'string' || name === '') refuse('session:event: invalid name');
    // Crisp's own SDK sends `{}` when there is no data, so an empty object is accepted here.
    if (data !== undefined && !isRecord(data)) refuse(`session:event: data of "${name}" must be session data`);
    const entries = data === undefined ? [] : Object.entries(data).map((pair) => checkPair(pair, 'session:event'));
    if (color !== undefined && (typeof color !== 'string' || !EVENT_COLORS.has(color))) {
      refuse(`session:event: invalid color ${JSON.stringify(color)}`);
    }
    return {
      name,
      ...(data !== undefined ? { data: Object.fromEntries(entries) } : {}),
      ...(color !== undefined ? { color } : {}),
    };
  });
}
