// @crispkit/testing/api: a fake of Crisp's REST API for tests of server code, as a `fetch`
// function or a Node request listener.
export {
  createFakeCrispApi,
  FAKE_TOKEN,
  FAKE_WEBSITE_ID,
  type FakeCrispApi,
  type FakeCrispApiOptions,
  type FakeToken,
  type FakeTier,
  type RecordedRequest,
  type SeedConversation,
  type SeedMessage,
  type SeedPerson,
  type SeedArticle,
  type NodeRequestListener,
} from './create-fake-crisp-api';
export type { FakeFault, FaultMatch } from './faults';
export type {
  FakeConversation,
  FakeConversationState,
  FakeMessage,
  FakeMeta,
  FakeProfile,
  FakeArticle,
  FakeDataValue,
} from './store';
