// @crispkit/server: Crisp identity-verification signatures and verified web hooks, on Web Crypto
// and the Fetch API only, so one build runs on Node 20+, Deno, Bun, workers and route handlers.
export { signIdentity } from './identity';
export {
  verifyWebhook,
  signWebhook,
  DEFAULT_TOLERANCE_SECONDS,
  type WebhookInput,
  type VerifyOptions,
  type WebhookResult,
  type WebhookFailure,
} from './verify';
export { createWebhookHandler, type WebhookHandlerOptions, type WebhookHandlers, type WebhookContext } from './handler';
export { verifyWebsiteHook } from './website-hook';
export { parseWebhookEvent, isWebhookEvent } from './events';
export type {
  WebhookEvent,
  WebhookEventOf,
  WebhookEventMap,
  WebhookEnvelope,
  KnownWebhookEvent,
  KnownWebhookEventName,
  OtherWebhookEvent,
  SessionEventData,
  MessageEventData,
  SessionSetEmailData,
  SessionSetDataData,
  SessionSetSegmentsData,
  SessionSetStateData,
  SessionSetNicknameData,
  SessionSetPhoneData,
  PeopleProfileEventData,
} from './events';
export type { RawBody } from './bytes';
