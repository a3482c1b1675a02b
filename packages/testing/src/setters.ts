// `set` keys (crisp-protocol.md section 3): validation as the real client applies it, then the state change.
import type { ClientContext } from './context';
import { DATA_KEY, EMAIL, EVENT_COLORS, SIGNATURE } from './protocol';
import { copy } from './state';
import type { FakeCompany, FakePrimitive, FakeSessionEvent } from './types';

const isPrimitive = (value: unknown): value is FakePrimitive =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';

/**
 * `session:data` arguments come as a list of pairs `[[[k, v], ...]]`, a single pair `[[k, v]]`,
 * or (as some wrappers write it) the bare pair `[k, v]`; all three reach the same upsert.
 */
function dataPairs(args: readonly unknown[]): unknown[] | null {
  const [first] = args;
  if (typeof first === 'string') return [[first, args[1]]];
  if (!Array.isArray(first)) return null;
  return Array.isArray(first[0]) ? first : [first];
}

/** `session:event` takes `[[[name, data?, color?], ...]]`; a single `[[name, data?, color?]]` works too. */
function eventTuples(args: readonly unknown[]): unknown[] | null {
  const [first] = args;
  if (!Array.isArray(first)) return null;
  return Array.isArray(first[0]) ? first : [first];
}

function setSessionData(ctx: ClientContext, args: readonly unknown[]): void {
  const pairs = dataPairs(args);
  if (!pairs) return ctx.refuse('session:data: expected [[[key, value], ...]]');
  for (const pair of pairs) {
    const [key, value] = Array.isArray(pair) ? (pair as unknown[]) : [];
    if (typeof key !== 'string' || !DATA_KEY.test(key)) {
      ctx.refuse(`session:data: invalid key ${JSON.stringify(key)}`);
      continue;
    }
    if (!isPrimitive(value)) {
      ctx.refuse(`session:data: invalid value for "${key}"`);
      continue;
    }
    // Upsert: only the given keys change; an empty string is how Crisp deletes a key.
    if (value === '') delete ctx.state.data[key];
    else ctx.state.data[key] = value;
  }
}

function setSegments(ctx: ClientContext, args: readonly unknown[]): void {
  const [segments, overwrite] = args;
  if (!Array.isArray(segments) || !segments.every((s): s is string => typeof s === 'string' && s !== '')) {
    return ctx.refuse('session:segments: expected [[segment, ...], overwrite?]');
  }
  const base = overwrite === true ? [] : ctx.state.segments;
  ctx.state.segments = [...new Set([...base, ...segments])];
}

function addSessionEvents(ctx: ClientContext, args: readonly unknown[]): void {
  const tuples = eventTuples(args);
  if (!tuples) return ctx.refuse('session:event: expected [[[name, data?, color?], ...]]');
  for (const tuple of tuples) {
    const [name, data, color] = Array.isArray(tuple) ? (tuple as unknown[]) : [];
    if (typeof name !== 'string' || name === '') {
      ctx.refuse('session:event: invalid name');
      continue;
    }
    if (color !== undefined && (typeof color !== 'string' || !EVENT_COLORS.has(color))) {
      ctx.refuse(`session:event: invalid color ${JSON.stringify(color)}`);
      continue;
    }
    const event: FakeSessionEvent = {
      name,
      ...(data !== undefined && data !== null && typeof data === 'object'
        ? { data: copy(data as Record<string, unknown>) }
        : {}),
      ...(color !== undefined ? { color } : {}),
    };
    ctx.state.events.push(event);
  }
}

function setCompany(ctx: ClientContext, args: readonly unknown[]): void {
  const [name, details] = args;
  if (typeof name !== 'string' || name === '') return ctx.refuse('user:company: expected [name, details?]');
  const extra = details !== null && typeof details === 'object' ? copy(details as Record<string, unknown>) : {};
  ctx.state.user.company = { ...extra, name } as FakeCompany;
}

export function applySet(ctx: ClientContext, key: unknown, args: readonly unknown[]): void {
  const { user } = ctx.state;
  const [value] = args;
  switch (key) {
    case 'user:email': {
      const signature = args[1];
      if (typeof value !== 'string' || !EMAIL.test(value)) return ctx.refuse('user:email: invalid email');
      // The real client checks the identity signature's shape and refuses a malformed one.
      if (signature !== undefined && (typeof signature !== 'string' || !SIGNATURE.test(signature))) {
        return ctx.refuse('user:email: invalid signature (expected 64 lowercase hex characters)');
      }
      user.email = value;
      user.signature = typeof signature === 'string' ? signature : null;
      return;
    }
    case 'user:phone':
    case 'user:nickname':
    case 'user:avatar': {
      if (typeof value !== 'string') return ctx.refuse(`${key}: expected a string`);
      const field = key.slice('user:'.length) as 'phone' | 'nickname' | 'avatar';
      user[field] = value;
      return;
    }
    case 'user:company':
      return setCompany(ctx, args);
    case 'session:data':
      return setSessionData(ctx, args);
    case 'session:segments':
      return setSegments(ctx, args);
    case 'session:event':
      return addSessionEvents(ctx, args);
    case 'message:text':
      if (typeof value !== 'string') return ctx.refuse('message:text: expected a string');
      ctx.state.composerText = value;
      return;
    default:
      ctx.refuse(`set: unknown key ${JSON.stringify(key)}`);
  }
}
