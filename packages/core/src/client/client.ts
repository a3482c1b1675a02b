// The client object createCrisp returns: Crisp's verbs, events, reads, state and destroy.
import type { CrispClient, CrispState } from './types';
import type { CrispCommand, CrispEventName } from '../protocol/protocol';
import { registry } from './registry';
import type { Kit } from './kit';
import { isActive } from './kit';
import { askGet, askIs } from '../queue/live';
import { syncChat, trackChat } from '../state/chat-state';
import { textOf } from './errors';
import { refusalOf } from '../development/refusal-of';
import { isWithheld, reconcile, restart } from '../visitor/visitor';
import { want } from '../visitor/want';

// Commands that mean "the visitor wants the chat now": they start the load whatever the strategy.
const WANTS_CHAT = /^(chat:(open|toggle)|message:send)$/;

const nothing = () => {};

/** Subscribes to a Crisp event through the kit's fan-out; a refused one is reported, naming it. */
function listen(kit: Kit, event: unknown, handler: unknown): () => void {
  const field = 'on ' + textOf(event);
  if (process.env.NODE_ENV !== 'production') {
    const refusal = refusalOf(['on', event, handler]);
    if (refusal) return (kit.report(field, refusal), nothing);
    // A tool answers Hugo with its return value, which the event fan-out would lose.
    if (String(event).startsWith('hugo:tool:')) return (kit.report(field, 'a Widget Tool: use registerTool'), nothing);
  }
  return typeof handler === 'function'
    ? kit.on(event as CrispEventName, handler as (payload: unknown) => void)
    : (kit.report(field), nothing);
}

/** Sends the app's own command, routed through the wanted visitor when it speaks for it. */
function push(kit: Kit, command: unknown): void {
  if (!isActive(kit)) return;
  if (!Array.isArray(command)) return kit.report('command');
  // The visitor's fields, data and segments: checked, wanted, then reconciled like setUser's.
  if (want(kit, command)) return reconcile(kit);
  const [verb, name, handler] = command as unknown[];
  const field = textOf(verb) + ' ' + textOf(name);
  if (process.env.NODE_ENV !== 'production') {
    const refusal = refusalOf(command);
    if (refusal) return kit.report(field, refusal);
  }
  // Crisp keeps one handler per event: a raw `on` would replace the kit's dispatcher and cut
  // off every other subscriber, so it joins the fan-out; a raw `off` would do the same, so it
  // is refused (unsubscribe with the function `on` returns).
  if (verb === 'on') return void listen(kit, name, handler);
  if (verb === 'off') return kit.report('off');
  if (verb === 'do' && name === 'session:reset') return (restart(kit), reconcile(kit));
  // Without consent the app's commands wait for the grant (a chat:open still asks for the load).
  if (isWithheld(kit)) kit.visitor.held.push(command as CrispCommand);
  else kit.send(command as CrispCommand);
  if (typeof name === 'string' && WANTS_CHAT.test(name) && Array.isArray(kit.page.$crisp)) kit.loader.load();
}

export function createClient(kit: Kit): CrispClient {
  const { page, store, options } = kit;
  return {
    websiteId: options.websiteId,
    push: (command) => push(kit, command),
    do: (action, ...args) => push(kit, args.length ? ['do', action, args] : ['do', action]),
    set: (key, ...args) => push(kit, ['set', key, args]),
    config: (key, value) => push(kit, ['config', key, [value]]),
    on: (event, handler) => listen(kit, event, handler),
    get: (key, arg) => askGet(page, key, arg),
    is: (key) => askIs(page, key),
    load: () => kit.loader.load(),
    getState(): CrispState {
      // Without listeners nothing tracks the chat: read it now. With listeners the events keep
      // it current, and a read must not notify them (React reads during render).
      if (!kit.listeners) syncChat(kit);
      return store.get();
    },
    subscribe: (listener) =>
      typeof listener === 'function' ? trackChat(kit, listener) : (kit.report('subscribe'), nothing),
    destroy() {
      if (!isActive(kit)) return;
      kit.loader.destroy();
      kit.on.releaseAll();
      registry().client = undefined;
    },
  };
}
