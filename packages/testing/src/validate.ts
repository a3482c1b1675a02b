// The values the real client (v2.7.0) accepts for each `set` key, with the messages it throws,
// checked in full before anything changes: a refused command leaves no trace. Where the client
// lets a value through and passes it on changed (a string split into letters, a `'42'` made a
// number), the fake stores what the client passed on.
import { AVATAR, DATA_KEY, EMAIL, MAX_SEGMENT_LENGTH, PHONE, SIGNATURE } from './protocol';
import { refuse } from './refusal';
import { copy } from './state';
import type { FakeCompany, FakePrimitive, FakeSessionEvent } from './types';

/** The handler reading a field of `null` or `undefined` details: the client's own TypeError. */
function field(value: unknown, name: string): unknown {
  if (value === null || value === undefined) {
    throw new TypeError(`Cannot read properties of ${String(value)} (reading '${name}')`);
  }
  return (value as Record<string, unknown>)[name];
}

/** Index access on anything, as the client's handlers do (`'CTO'[0]` is `'C'`). */
const at = (value: unknown, index: number): unknown => (value ? field(value, String(index)) : undefined);

export function checkEmail(email: unknown, signature: unknown): { email: string; signature: string | null } {
  if (typeof email !== 'string' || !EMAIL.test(email)) refuse('Invalid email');
  // `null` or `undefined` mean no signature; anything else is tested as a string.
  if (signature !== null && signature !== undefined && !SIGNATURE.test(String(signature))) {
    refuse('Invalid verify signature (should be lowercase HMAC-SHA256)');
  }
  return { email, signature: signature === null || signature === undefined ? null : String(signature) };
}

export function checkNickname(nickname: unknown): string {
  if (typeof nickname !== 'string' || nickname === '') refuse('Invalid nickname');
  return nickname;
}

/** `onRefused` gets a refused string, so the caller can count what Crisp's check would have cost. */
export function checkPhone(phone: unknown, onRefused: (value: string) => void): string {
  // A number is made into its decimal string (`-5` and `1.5` pass).
  const text = typeof phone === 'number' ? String(phone) : phone;
  if (typeof text !== 'string' || text === '' || !PHONE.test(text)) {
    if (typeof text === 'string') onRefused(text);
    refuse('Invalid phone');
  }
  return text;
}

export function checkAvatar(url: unknown): string {
  if (typeof url !== 'string' || !AVATAR.test(url)) refuse('Invalid avatar');
  return url;
}

/**
 * `[name, details?]`: the name only has to be truthy; each detail is checked only when truthy;
 * `employment` and `geolocation` are read by index (a string is split into letters, an object
 * form is dropped).
 */
export function checkCompany(args: readonly unknown[]): FakeCompany {
  const [name] = args;
  const details = args[1] === undefined ? {} : args[1];
  if (!name) refuse('Invalid company name');
  const url = field(details, 'url');
  const description = field(details, 'description');
  const employment = field(details, 'employment');
  const geolocation = field(details, 'geolocation');
  if (url && typeof url !== 'string') refuse('Invalid URL');
  if (description && typeof description !== 'string') refuse('Invalid description');
  const title = at(employment, 0);
  const role = at(employment, 1);
  if (title && (typeof title !== 'string' || typeof role !== 'string')) refuse('Invalid employment');
  const country = at(geolocation, 0);
  const city = at(geolocation, 1);
  if (country && (typeof country !== 'string' || (city && typeof city !== 'string'))) refuse('Invalid geolocation');
  return {
    name: copy(name) as string,
    ...(url ? { url: url as string } : {}),
    ...(description ? { description: description as string } : {}),
    ...(title ? { employment: [title as string, role as string] } : {}),
    ...(country ? { geolocation: city ? [country as string, city as string] : [country as string] } : {}),
  };
}

/** `is_data`: at least one key, every key `[A-Za-z0-9_\-]{1,50}`, every value a string, number or boolean. */
function isData(data: Record<string, unknown>): boolean {
  const entries = Object.entries(data);
  return (
    entries.length > 0 &&
    entries.every(
      ([key, value]) =>
        DATA_KEY.test(key) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'),
    )
  );
}

/** Before `is_data`, truthy strings become booleans or numbers where they read as one (`' '` is 0). */
function coerced(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return Number.isNaN(Number(value)) ? value : Number(value);
}

/**
 * `session:data` takes `(key, value)` or one list of `[key, value]` pairs (when the first argument
 * is an array whose first item is an array); the pairs are built into an object, so keys become
 * strings and a later duplicate wins. One bad pair refuses the whole call.
 */
export function checkSessionData(args: readonly unknown[]): [string, FakePrimitive][] {
  const [first] = args;
  const pairs = Array.isArray(first) && Array.isArray(first[0]) ? (first as unknown[]) : [args];
  const data: Record<string, unknown> = {};
  for (const pair of pairs) data[String(at(pair, 0))] = coerced(at(pair, 1));
  if (!isData(data)) refuse('Invalid data');
  return Object.entries(data) as [string, FakePrimitive][];
}

/**
 * `are_segments`: an array of truthy items, each unique once trimmed, non-empty and at most 80
 * units. An item without `.trim` (a number, an object) makes the check throw, which the client
 * takes as valid: the list is accepted from there on.
 */
export function checkSegments(segments: unknown): unknown[] {
  if (!Array.isArray(segments)) refuse('Invalid segments value');
  const seen = new Set<string>();
  for (const segment of segments as unknown[]) {
    if (!segment) refuse('Invalid segments value');
    if (typeof segment !== 'string') break;
    const trimmed = segment.trim();
    if (trimmed === '' || trimmed.length > MAX_SEGMENT_LENGTH || seen.has(trimmed)) refuse('Invalid segments value');
    seen.add(trimmed);
  }
  return copy(segments) as unknown[];
}

/** Event data passes when it has no own keys, or as `is_data` without any coercion. */
const isEventData = (data: unknown): boolean =>
  data === null || data === undefined || Object.keys(Object(data)).length === 0 || isData(Object(data));

/**
 * `session:event` takes one list of `[name, data?, color?]` or the flat `(name, data?, color?)`.
 * The list must not be empty, each name is a non-empty string; the color is never checked.
 */
export function checkSessionEvents(args: readonly unknown[]): FakeSessionEvent[] {
  const [first] = args;
  const tuples: unknown[] = Array.isArray(first) ? first : [args];
  if (tuples.length === 0) refuse('Invalid event text or data');
  for (const tuple of tuples) {
    const name = at(tuple, 0);
    if (typeof name !== 'string' || name === '' || !isEventData(at(tuple, 1))) refuse('Invalid event text or data');
  }
  return tuples.map((tuple) => {
    const [name, data, color] = tuple as unknown[];
    return {
      name: name as string,
      ...(data !== null && data !== undefined ? { data: copy(data) as Record<string, unknown> } : {}),
      ...(color !== null && color !== undefined ? { color: color as string } : {}),
    };
  });
}

/** The fields each message type needs, all merely truthy; any other type is accepted and sends nothing. */
const MESSAGE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  file: ['name', 'url', 'type'],
  animation: ['url', 'type'],
  audio: ['url', 'type', 'duration'],
  picker: ['id', 'text', 'choices'],
  field: ['id', 'text', 'explain'],
};

/**
 * `message:send` / `message:show` content: returns the type to send, or undefined for a type the
 * client ignores. `null` content for an object type is the client's own TypeError.
 */
export function checkMessage(type: unknown, content: unknown): string | undefined {
  if (type === 'text') {
    if (typeof content !== 'string' || content === '') refuse('Invalid text message');
    return type;
  }
  const fields = typeof type === 'string' && Object.hasOwn(MESSAGE_FIELDS, type) ? MESSAGE_FIELDS[type] : undefined;
  if (!fields) return type === 'carousel' ? type : undefined;
  const valid = fields.every((name) => {
    const value = field(content, name);
    return name === 'choices' ? Boolean(value) && Boolean(field(value, 'length')) : Boolean(value);
  });
  if (!valid) refuse(`Invalid ${type as string} message`);
  return type as string;
}
