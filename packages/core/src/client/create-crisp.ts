// createCrisp: composes the page registry, loader, queue, events, state and visitor into one client.
import type { CrispClient, CrispOptions } from './types';
import { attach, type Kit, type Page } from './kit';
import { INITIAL_STATE } from './initial-state';
import { registry } from './registry';
import { createReporter, kitError, textOf } from './errors';
import { checkOptions } from './options';
import { createServerClient } from './server-client';
import { createClient } from './client';
import { createStore } from '../state/store';
import { awaitSession, markReady } from '../state/session';
import { createEvents } from '../queue/events';
import { createSend } from '../queue/send';
import { liveOf, askGet } from '../queue/live';
import { checkScriptUrl } from '../loader/script-url';
import { findEmbed } from '../loader/find-embed';
import { writeGlobals } from '../loader/globals';
import { keepQueue } from '../loader/keep-queue';
import { createLoader } from '../loader/loader';
import { createVisitor, restart } from '../visitor/visitor';
import { debugLog } from './debug';

/**
 * Creates the page's Crisp client, or returns the existing one for the same website id (the
 * first call's options win). Throws at once on invalid options or a second website id. Under
 * server rendering it returns an inert client.
 */
export function createCrisp(options: CrispOptions): CrispClient {
  checkOptions(options);
  if (typeof window === 'undefined') return createServerClient(options);
  const page = window as Page;
  const { websiteId } = options;
  const shared = registry();
  const embed = findEmbed(page, options.scriptUrl);
  const other = textOf(shared.client?.websiteId || page.CRISP_WEBSITE_ID || embed?.websiteId || '');
  if (other && other.toLowerCase() !== websiteId.toLowerCase())
    throw kitError(
      'websiteId',
      process.env.NODE_ENV !== 'production'
        ? `websiteId ${websiteId} differs from ${other}, already on this page; one page holds one Crisp website`
        : 'websiteId ' + other,
    );
  if (shared.client) return shared.client;
  if (options.scriptUrl) checkScriptUrl(options.scriptUrl, page);

  const report = createReporter(options.onError);
  const store = createStore(
    {
      ...INITIAL_STATE,
      consent: shared.revoked ? 'revoked' : options.consent === 'required' ? 'pending' : 'not-required',
    },
    report,
  );
  if (process.env.NODE_ENV !== 'production' && options.debug) store.subscribe((state) => debugLog('state', state));
  // Assembled in two steps: the sending, events and loader parts take the kit itself.
  const queue = (page.$crisp ||= []);
  const visitor = createVisitor(options.tokenId ?? page.CRISP_TOKEN_ID ?? undefined);
  // Crisp may hold, or be about to run, another client's visitor (a destroyed client, a hot
  // reload, the page's own snippet): signing out must then start a new session.
  const inherited = !!(shared.queue || embed || liveOf(page));
  visitor.received.identified ||= inherited;
  visitor.tokenUnknown = inherited && options.tokenId == null;
  // A revoke on this page hid the chat; the grant shows it again.
  visitor.hidden = !!shared.revoked;
  const kit = {
    page,
    queue: Array.isArray(queue) ? (shared.queue = queue) : shared.queue,
    options,
    store,
    report,
    visitor,
    listeners: 0,
    tracking: [],
  } as Partial<Kit> as Kit;
  Object.assign(kit, {
    send: createSend(kit),
    on: createEvents(kit),
    loader: createLoader(kit, Array.isArray(queue) ? embed?.tag : undefined),
  });
  const client = createClient(kit);
  attach(client, kit);
  shared.client = client;

  // Another visitor may be on the page already (a destroyed client's, a hot reload, the page's
  // own snippet): its queued commands and running session must not become this visitor's.
  const token = page.CRISP_TOKEN_ID;
  const locale = page.CRISP_RUNTIME_CONFIG?.locale;
  writeGlobals(page, options, () => markReady(kit));
  if (options.safeMode) kit.send(['safe', true]);
  const { tokenId } = options;
  if (tokenId != null && textOf(tokenId) !== textOf(token ?? '')) restart(kit, true);
  else if ((options.locale && options.locale !== locale) || shared.stale) restart(kit);
  if (liveOf(page)) {
    store.set({ status: 'loaded' });
    if (askGet(page, 'session:identifier')) markReady(kit);
    else awaitSession(kit);
  } else {
    keepQueue(page);
    awaitSession(kit);
    if (!embed && store.get().consent !== 'pending') kit.loader.start();
  }
  return client;
}
