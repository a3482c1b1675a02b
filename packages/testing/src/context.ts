// What the command modules (set, do, get) need from the client, so each stays a plain function.
import type { MutableState } from './state';
import type { FakeMessage, FakeMessageType } from './types';

export interface ClientContext {
  readonly state: MutableState;
  /** Whether the loader's `__init` started the client. */
  initialised(): boolean;
  fire(event: string, payload?: unknown): void;
  /** For direct calls (`get`, `is`) outside the queue: the real client logs an error (unless safe). */
  refuse(message: string): void;
  /** Append a message to the conversation. */
  addMessage(from: FakeMessage['from'], type: FakeMessageType, content: unknown, origin?: string): FakeMessage;
  /** Start a new session asynchronously (`session:reset`). */
  resetSession(): void;
  /** A phone value the client refused: what its pattern would have spent backtracking is counted. */
  phoneRefused(value: string): void;
  /** The visitor sent a message: lets the UI's simulated operator answer. */
  userMessageSent(message: FakeMessage): void;
}
