// @crispkit/server: Crisp identity-verification signatures, verified web hooks and a typed REST client, on Web Crypto
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
export {
  createWebhookHandler,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_BODY_TIMEOUT_MS,
  DEFAULT_DELIVERY_LOG_TIMEOUT_MS,
  type WebhookHandlerOptions,
  type WebhookHandlers,
  type WebhookContext,
} from './handler';
export {
  createMemoryDeliveryLog,
  DEFAULT_CLAIM_MS,
  DEFAULT_KEEP_MS,
  type DeliveryLog,
  type DeliveryClaim,
  type MemoryDeliveryLogOptions,
} from './delivery-log';
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
export {
  createCrispApi,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type CrispApi,
  type CrispApiOptions,
  type CrispTier,
} from './api/create-crisp-api';
export { CrispApiError, isCrispApiError, type CrispApiErrorKind, type CrispApiErrorDetails } from './api/errors';
export { DEFAULT_RETRY, type RetryOptions } from './api/retry-policy';
export type { HttpMethod, QueryValue, RequestOptions, RateLimitEvent, RateLimitHook } from './api/transport';
export type { CallOptions, WebsiteScoped } from './api/scope';
export type { ConversationOperations, ConversationFilters, SessionParams, MetaUpdate } from './api/conversations';
export type { PeopleOperations, PeopleParams, ProfileFields } from './api/people';
export type { HelpdeskOperations, ArticleListParams } from './api/helpdesk';
export type {
  OutgoingMessage,
  MessageType,
  MessageAuthor,
  TextMessage,
  NoteMessage,
  FileMessage,
  AnimationMessage,
  AudioMessage,
  PickerMessage,
  PickerChoice,
  FieldMessage,
  CarouselMessage,
  CarouselTarget,
} from './api/messages';
export type {
  Conversation,
  ConversationMeta,
  ConversationMessage,
  ConversationState,
  SessionDataValue,
  PeopleProfile,
  HelpdeskArticle,
  EventColor,
} from './api/resources';
