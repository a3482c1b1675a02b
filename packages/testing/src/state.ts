// The client's mutable session model, what a reset clears, and the copies handed to tests.
import type { FakeCompany, FakeMessage, FakePrimitive, FakeSessionEvent, FakeSessionState } from './types';

export interface MutableUser {
  email: string | null;
  signature: string | null;
  phone: string | null;
  nickname: string | null;
  avatar: string | null;
  company: FakeCompany | null;
}

export interface MutableState {
  sessionId: string | null;
  user: MutableUser;
  data: Record<string, FakePrimitive>;
  segments: string[];
  events: FakeSessionEvent[];
  chatOpened: boolean;
  chatVisible: boolean;
  unreadCount: number;
  messages: FakeMessage[];
  composerText: string;
  safe: boolean;
  config: Record<string, unknown>;
  websiteAvailable: boolean;
  /** Whether the visitor sent a first message in this session (`chat:initiated`). */
  initiated: boolean;
}

const emptyUser = (): MutableUser => ({
  email: null,
  signature: null,
  phone: null,
  nickname: null,
  avatar: null,
  company: null,
});

export const createState = (websiteAvailable: boolean): MutableState => ({
  sessionId: null,
  user: emptyUser(),
  data: {},
  segments: [],
  events: [],
  chatOpened: false,
  chatVisible: true,
  unreadCount: 0,
  messages: [],
  composerText: '',
  safe: false,
  config: {},
  websiteAvailable,
  initiated: false,
});

/**
 * A reset starts a new conversation: everything tied to the session goes. What belongs to the
 * page (config, safe mode, visibility, which lasts until the next page load) stays.
 */
export function clearSession(state: MutableState): void {
  state.sessionId = null;
  state.user = emptyUser();
  state.data = {};
  state.segments = [];
  state.events = [];
  state.messages = [];
  state.composerText = '';
  state.unreadCount = 0;
  // The chatbox is rebuilt closed, without a `chat:closed` event (nothing was closed by anyone).
  state.chatOpened = false;
  state.initiated = false;
}

/** Copies arrays and plain objects; keeps functions and other objects (elements, dates) as they are. */
export function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copy(item)) as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = copy(item);
    return out as T;
  }
  return value;
}

/** Plain from any realm: a page script's `{}` in another window has that window's Object.prototype. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

export function snapshot(state: MutableState): FakeSessionState {
  const { initiated: _initiated, ...visible } = state;
  return copy(visible);
}
