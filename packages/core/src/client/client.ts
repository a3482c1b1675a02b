// The client object createCrisp returns: Crisp's verbs, events, reads, state and destroy.
import type { CrispClient, CrispOptions } from '../contract/types';
import type { CrispCommand, CrispEventName } from '../protocol/protocol';
import type { Page } from '../page/page';
import type { Report } from '../report/errors';
import type { Send } from '../queue/send';
import type { On } from '../queue/events';
import type { ChatState } from '../state/chat-state';
import type { Consent } from '../consent/consent';
import type { Loader } from '../loader/loader';
import type { Visitor } from '../visitor/visitor';
import { wantsChat } from '../protocol/commands';
import { textOf } from '../protocol/text-of';
import { refusalOf } from '../development/refusal-of';
import { isPageClient, registry } from '../page/registry';
import { askGet, askIs, queueOf } from '../page/live';
import { reconcile, restart, settleDue, want } from '../visitor/visitor';

/** The parts a client is assembled from, each its own owner's. */
export interface ClientParts {
  readonly page: Page;
  readonly options: CrispOptions;
  readonly report: Report;
  readonly send: Send;
  readonly on: On;
  readonly chat: ChatState;
  readonly consent: Consent;
  readonly loader: Loader;
  readonly visitor: Visitor;
}

const nothing = () => {};

export function createClient(parts: ClientParts): CrispClient {
  const { page, options, report, send, on, chat, consent, loader, visitor } = parts;

  /** Subscribes to a Crisp event through the fan-out; a refused one is reported, naming it. */
  const listen = (event: unknown, handler: unknown): (() => void) => {
    const field = 'on ' + textOf(event);
    if (process.env.NODE_ENV !== 'production') {
      const refusal = refusalOf(['on', event, handler]);
      if (refusal) return (report(field, refusal), nothing);
      // A tool answers Hugo with its return value, which the event fan-out would lose.
      if (String(event).startsWith('hugo:tool:')) return (report(field, 'a Widget Tool: use registerTool'), nothing);
    }
    return typeof handler === 'function'
      ? on(event as CrispEventName, handler as (payload: unknown) => void)
      : (report(field), nothing);
  };

  /** Sends the app's own command, routed through the wanted visitor when it speaks for it. */
  const push = (command: unknown): void => {
    if (!isPageClient(client)) return;
    if (!Array.isArray(command)) return report('command');
    // The visitor's fields, data and segments: checked, wanted, then reconciled like setUser's.
    if (want(visitor, command)) return reconcile(visitor);
    const [verb, name, handler] = command as unknown[];
    if (process.env.NODE_ENV !== 'production') {
      const refusal = refusalOf(command);
      if (refusal) return report(textOf(verb) + ' ' + textOf(name), refusal);
    }
    // Crisp keeps one handler per event: a raw `on` would replace the kit's dispatcher and cut
    // off every other subscriber, so it joins the fan-out; a raw `off` would do the same, so it
    // is refused (unsubscribe with the function `on` returns).
    if (verb === 'on') return void listen(name, handler);
    if (verb === 'off') return report('off');
    if (verb === 'do' && name === 'session:reset') return (restart(visitor), reconcile(visitor));
    // Without consent the app's commands wait for the grant (a chat:open still asks for the load).
    if (consent.withheld()) consent.hold(command as CrispCommand);
    else {
      // After the visitor the app set before it, as Crisp will run them.
      settleDue(visitor);
      send(command as CrispCommand);
    }
    if (wantsChat(name) && queueOf(page)) loader.load();
  };

  const client: CrispClient = {
    websiteId: options.websiteId,
    push,
    do: (action, ...args) => push(args.length ? ['do', action, args] : ['do', action]),
    set: (key, ...args) => push(['set', key, args]),
    config: (key, value) => push(['config', key, [value]]),
    on: listen,
    // Before the session, Crisp throws (before its init) or answers null: undefined either way.
    get: (key, arg) => (chat.get().status === 'ready' ? askGet(page, key, arg) : undefined),
    is: (key) => askIs(page, key),
    load: () => loader.load(),
    getState: chat.get,
    subscribe: (listener) =>
      typeof listener === 'function' ? chat.subscribe(listener) : (report('subscribe'), nothing),
    destroy() {
      if (!isPageClient(client)) return;
      // What the visitor wanted is in the page's queue, as if it had been sent at once: a client
      // created next takes the queue over and knows it holds another client's visitor.
      settleDue(visitor);
      loader.destroy();
      on.releaseAll();
      registry().client = undefined;
    },
  };
  return client;
}
