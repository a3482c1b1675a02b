// Public entry of @crispkit/testing: the installer and the types a test needs.
export { installFakeCrisp, DEFAULT_SCRIPT_MATCH } from './install';
export { DEFAULT_AUTO_REPLY } from './runtime';
export { jsonSafe } from './handle';
export type {
  FakeBehavior,
  FakeBrowserConfig,
  FakeBrowserHandle,
  FakeCommand,
  FakeCompany,
  FakeCrisp,
  FakeCrispOptions,
  FakeError,
  FakeGlobals,
  FakeHandler,
  FakeIdleCallback,
  FakeInteraction,
  FakeLive,
  FakeMessage,
  FakeMessageType,
  FakePrimitive,
  FakeSessionEvent,
  FakeSessionRecord,
  FakeSessionState,
  FakeToolAnswer,
  FakeUser,
  FakeVisitor,
} from './types';
