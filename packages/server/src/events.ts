// The web-hook payloads: the envelope Crisp POSTs and the typed `data` of the events apps handle
// most, named as Crisp names them. Fields beyond those listed are kept (index signatures), since
// Crisp adds fields over time and a handler may need them.

/** Fields every session event carries. */
export interface SessionEventData {
  website_id: string;
  session_id: string;
  [field: string]: unknown;
}

/** A chat message: `message:send` (from the visitor), `message:received` (from an operator). */
export interface MessageEventData extends SessionEventData {
  /** `text`, `file`, `animation`, `audio`, `picker`, `field`, `carousel`, `note`, `event`… */
  type: string;
  from: 'user' | 'operator';
  /** Where the message came from: `chat`, `email`, or an `urn:` of an integration. */
  origin: string;
  /** Text for `text` and `note` messages; an object for files, pickers and the like. */
  content: string | Record<string, unknown>;
  /** Crisp's identifier of the message: the same on every retry of a delivery. */
  fingerprint: number;
  timestamp: number;
  user?: { user_id?: string; nickname?: string; [field: string]: unknown };
}

export interface SessionSetEmailData extends SessionEventData {
  email: string;
}

export interface SessionSetDataData extends SessionEventData {
  data: Record<string, string | number | boolean>;
}

export interface SessionSetSegmentsData extends SessionEventData {
  segments: string[];
}

export interface SessionSetStateData extends SessionEventData {
  state: 'pending' | 'unresolved' | 'resolved';
}

export interface SessionSetNicknameData extends SessionEventData {
  nickname: string;
}

export interface SessionSetPhoneData extends SessionEventData {
  phone: string;
}

/** A contact in the website's people database. */
export interface PeopleProfileEventData {
  website_id: string;
  people_id: string;
  email?: string;
  [field: string]: unknown;
}

/** Event name → its `data`. Names outside this map still arrive, typed as {@link OtherWebhookEvent}. */
export interface WebhookEventMap {
  'message:send': MessageEventData;
  'message:received': MessageEventData;
  'message:updated': SessionEventData;
  'message:removed': SessionEventData;
  'session:set_email': SessionSetEmailData;
  'session:set_phone': SessionSetPhoneData;
  'session:set_nickname': SessionSetNicknameData;
  'session:set_data': SessionSetDataData;
  'session:set_segments': SessionSetSegmentsData;
  'session:set_state': SessionSetStateData;
  'session:removed': SessionEventData;
  'people:profile:created': PeopleProfileEventData;
  'people:profile:updated': PeopleProfileEventData;
  'people:profile:removed': PeopleProfileEventData;
}

export type KnownWebhookEventName = keyof WebhookEventMap;

/** The JSON body of a web hook, for one event name and its data. */
export interface WebhookEnvelope<Name extends string, Data> {
  website_id: string;
  event: Name;
  data: Data;
  /** When the event happened, as Crisp writes it in the body (milliseconds since the epoch). */
  timestamp: number;
}

export type KnownWebhookEvent = {
  [Name in KnownWebhookEventName]: WebhookEnvelope<Name, WebhookEventMap[Name]>;
}[KnownWebhookEventName];

/** An event this package has no type for (`campaign:*`, `website:*`, `plugin:*`…). */
export type OtherWebhookEvent = WebhookEnvelope<string, Record<string, unknown>>;

export type WebhookEvent = KnownWebhookEvent | OtherWebhookEvent;

/** The event as `Name`'s typed envelope (unknown names get the generic one). */
export type WebhookEventOf<Name extends string> = Name extends KnownWebhookEventName
  ? WebhookEnvelope<Name, WebhookEventMap[Name]>
  : OtherWebhookEvent;

/**
 * Narrows an event by name: `if (isWebhookEvent(event, 'message:send')) event.data.content`.
 * (A plain `event.event === '…'` check cannot narrow, because unknown events are typed too.)
 */
export function isWebhookEvent<Name extends string>(event: WebhookEvent, name: Name): event is WebhookEventOf<Name> {
  return event.event === name;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The event in a web-hook body, or null when the body is not the envelope Crisp sends (not UTF-8,
 * not JSON, or missing `event`, `website_id` or an object `data`). Does not check any signature:
 * call it on bodies already verified (website hooks: after `verifyWebsiteHook`).
 */
export function parseWebhookEvent(body: string | Uint8Array): WebhookEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof body == 'string' ? body : decoder.decode(body));
  } catch {
    return null;
  }
  if (
    !isObject(parsed) ||
    typeof parsed.event != 'string' ||
    parsed.event === '' ||
    typeof parsed.website_id != 'string' ||
    !isObject(parsed.data)
  )
    return null;
  // The fields checked above are the ones the dispatch and the context rely on; the payload's
  // inner fields are Crisp's to define, so they are typed, not re-validated.
  return parsed as unknown as WebhookEvent;
}
