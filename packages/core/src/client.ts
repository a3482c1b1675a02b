// The client object createCrisp returns: Crisp's verbs, events, reads, state and destroy.
import type { CrispClient, CrispState } from './types';
import { textOf, type Report } from './errors';
import type { Subscribe } from './events';
import type { Store } from './store';
import type { Kit, Page } from './kit';
import { isEventName } from './names';
import { askGet, askIs } from './live';
import { syncChat } from './chat-state';
import { registry } from './registry';

interface ClientInput {
  websiteId: string;
  page: Page | undefined;
  /** Validates and sends a command (see create.ts). */
  push: (command: unknown) => void;
  subscribe: Subscribe;
  store: Store;
  report: Report;
  /** Whether the chat state is tracked by events (the state has listeners). */
  tracking: () => boolean;
  active: () => boolean;
  kit: () => Kit | undefined;
}

const nothing = () => {};

export function createClient({
  websiteId,
  page,
  push,
  subscribe,
  store,
  report,
  tracking,
  active,
  kit,
}: ClientInput): CrispClient {
  return {
    websiteId,
    push,
    do: (action, ...args) => push(args.length ? ['do', action, args] : ['do', action]),
    set: (key, ...args) => push(['set', key, args]),
    config: (key, value) => push(['config', key, [value]]),
    on: (event, handler) =>
      isEventName(event) && typeof handler === 'function'
        ? subscribe(event, handler as (payload: unknown) => void)
        : (report('on ' + textOf(event)), nothing),
    get: (key, arg) => askGet(page, key, arg),
    is: (key) => askIs(page, key),
    load: () => kit()?.loader.load(),
    getState(): CrispState {
      // Without listeners nothing tracks the chat: read it now. With listeners the events keep
      // it current, and a read must not notify them (React reads during render).
      const current = kit();
      if (current && !tracking()) syncChat(current);
      return store.get();
    },
    subscribe: (listener) =>
      typeof listener === 'function' ? store.subscribe(listener) : (report('subscribe'), nothing),
    destroy() {
      const current = kit();
      if (!current || !active()) return;
      current.loader.destroy();
      subscribe.releaseAll();
      registry().client = undefined;
    },
  };
}
