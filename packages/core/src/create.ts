// createCrisp: composes the page registry, loader, queue, events, state and session into one client.
import type { CrispClient, CrispOptions, CrispState } from './types';
import { registry } from './registry';
import { createStore } from './store';
import { createReporter, kitError, textOf } from './errors';
import { checkOptions } from './options';
import { checkScriptUrl } from './script-url';
import { checkCommand } from './validate';
import { createEvents } from './events';
import { createLoader } from './loader';
import { findEmbed } from './adopt';
import { writeGlobals } from './globals';
import { askGet, liveOf } from './live';
import { awaitSession, markReady, newSession } from './session';
import { chatTracking } from './chat-state';
import { createSend } from './queue';
import { createClient } from './client';
import { attach, type Kit, type Page } from './kit';
import { debugLog } from './debug';

/** The state before anything happened; also what a server render sees. */
export const INITIAL_STATE: CrispState = {
  status: 'idle',
  error: null,
  sessionId: null,
  chatOpened: false,
  unreadCount: 0,
  websiteAvailable: null,
  consent: 'not-required',
};

// Commands that mean "the visitor wants the chat now": they start the load whatever the strategy.
const WANTS_CHAT = /^(chat:(open|toggle)|message:send)$/;

/**
 * Creates the page's Crisp client, or returns the existing one for the same website id (the
 * first call's options win). Throws at once on invalid options or a second website id.
 */
export function createCrisp(options: CrispOptions): CrispClient {
  checkOptions(options);
  const page = typeof window !== 'undefined' ? (window as Page) : undefined;
  const { websiteId, debug } = options;
  const shared = page && registry();
  const embed = page && findEmbed(page, options.scriptUrl);
  const other = textOf(shared?.client?.websiteId || page?.CRISP_WEBSITE_ID || embed?.websiteId || '');
  if (other && other.toLowerCase() !== websiteId.toLowerCase())
    throw kitError(
      'websiteId',
      process.env.NODE_ENV !== 'production'
        ? `websiteId ${websiteId} differs from ${other}, already on this page; one page holds one Crisp website`
        : 'websiteId ' + other,
    );
  if (shared?.client) return shared.client;
  if (page && options.scriptUrl) checkScriptUrl(options.scriptUrl, page);

  const report = createReporter(options.onError);
  // Set once the page is known; stays undefined under server rendering, where nothing is sent.
  let kit: Kit | undefined;
  const active = () => !!page && registry().client === client;
  const send = createSend({ page, active, kit: () => kit, report, debug });
  const subscribe = createEvents({ send, queue: () => page?.$crisp, report, debug });
  const tracking = chatTracking(() => kit);
  const store = createStore(
    { ...INITIAL_STATE, consent: options.consent === 'required' ? 'pending' : 'not-required' },
    { ...tracking, error: (detail) => report('subscribe', detail) },
  );
  if (process.env.NODE_ENV !== 'production' && debug) store.subscribe((state) => debugLog('state', state));

  const push = (command: unknown) => {
    const checked = checkCommand(command, report);
    if (!checked || !kit) return;
    const [verb, name] = checked;
    // Crisp keeps one handler per event: a raw `on` would replace the kit's dispatcher and cut
    // off every other subscriber, so it joins the fan-out; a raw `off` would do the same, so it
    // is refused (unsubscribe with the function `on` returns).
    if (verb === 'on') return void subscribe(name, checked[2] as (payload: unknown) => void);
    if (verb === 'off') return report('off');
    send(checked);
    if (name === 'session:reset') newSession(kit);
    else if (WANTS_CHAT.test(name as string) && Array.isArray(page?.$crisp)) kit.loader.load();
  };

  const client = createClient({
    websiteId,
    page,
    push,
    subscribe,
    store,
    report,
    tracking: tracking.active,
    active,
    kit: () => kit,
  });
  if (!page) return client;
  shared!.client = client;

  writeGlobals(page, options, () => markReady(kit!));
  const queue = (page.$crisp ||= []);
  kit = {
    page,
    options,
    store,
    report,
    send,
    subscribe,
    loader: createLoader({
      page,
      options,
      store,
      report,
      existing: Array.isArray(queue) ? embed?.tag : undefined,
      active,
    }),
    sent: new Map(),
    data: new Map(),
    segments: new Set(),
    restarted: new Set(),
    hides: 0,
    hidden: false,
  };
  attach(client, kit);
  if (options.safeMode) send(['safe', true]);
  if (liveOf(page)) {
    store.set({ status: 'loaded' });
    if (askGet(page, 'session:identifier')) markReady(kit);
    else awaitSession(kit);
  } else {
    awaitSession(kit);
    if (!embed && store.get().consent !== 'pending') kit.loader.start();
  }
  return client;
}
