// createCrisp: composes the page registry, consent, loader, queue, events, state and visitor
// into one client, each part built from what it uses.
import type { CrispClient, CrispOptions } from '../contract/types';
import type { Page } from '../page/page';
import { INITIAL_STATE } from '../contract/initial-state';
import { textOf } from '../protocol/text-of';
import { createReporter, kitError } from '../report/errors';
import { debugLog } from '../report/debug';
import { isPageClient, registry } from '../page/registry';
import { setupPart } from '../page/client-part';
import { askGet, liveOf, queueOf } from '../page/live';
import { findEmbed } from '../page/find-embed';
import { writeGlobals } from '../page/globals';
import { keepQueue } from '../page/keep-queue';
import { storedTokenSession } from '../page/stored-token-session';
import { createSend } from '../queue/send';
import { createEvents } from '../queue/events';
import { createStore, storePart } from '../state/store';
import { createChatState } from '../state/chat-state';
import { awaitSession, markReady } from '../state/session';
import { createConsent } from '../consent/consent';
import { checkScriptUrl } from '../loader/script-url';
import { createLoader } from '../loader/loader';
import { createVisitor, restart, visitorPart } from '../visitor/visitor';
import { checkOptions } from './options';
import { createServerClient } from './server-client';
import { createClient } from './client';

/**
 * Creates the page's Crisp client, or returns the existing one for the same website id (the
 * first call's options win). Throws at once on invalid options or a second website id. Under
 * server rendering it returns an inert client.
 */
export function createCrisp(options: CrispOptions): CrispClient {
  checkOptions(options);
  if (typeof window === 'undefined') return createServerClient(options);
  const page = window as Page;
  const { websiteId, tokenId } = options;
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
  const store = createStore(INITIAL_STATE, report);
  const consent = createConsent(store, options.consent === 'required');
  if (process.env.NODE_ENV !== 'production' && options.debug) store.subscribe((state) => debugLog('state', state));
  const active = () => isPageClient(client);
  const send = createSend(page, options, report, active);
  const on = createEvents(page, send, options, report);
  // Crisp may hold, or be about to run, another client's visitor (a destroyed client, a hot
  // reload, the page's own snippet, or a signed-in visitor's session an earlier page left in
  // Crisp's cookies for this one to restore): signing out must then start a new session. The
  // page is seen now; the cookies are read only when the visitor first changes (see createVisitor).
  const onPage = !!(shared.queue || embed || liveOf(page));
  page.$crisp ||= [];
  const pending = queueOf(page);
  const queue = pending ? (shared.queue = pending) : shared.queue;
  const loader = createLoader(page, options, store, report, consent, active, pending && embed?.tag);
  const visitor = createVisitor(
    { page, websiteId, store, report, send, on, consent, loader, queue },
    tokenId ?? page.CRISP_TOKEN_ID ?? undefined,
    tokenId == null ? () => onPage || storedTokenSession(page, websiteId) : undefined,
  );
  const client = createClient({
    page,
    options,
    report,
    send,
    on,
    consent,
    loader,
    visitor,
    chat: createChatState(page, store, on),
  });
  setupPart.attach(client, { page, options });
  storePart.attach(client, store);
  visitorPart.attach(client, visitor);
  shared.client = client;

  // Another visitor may be on the page already (a destroyed client's, a hot reload, the page's
  // own snippet): its queued commands and running session must not become this visitor's.
  const token = page.CRISP_TOKEN_ID;
  const locale = page.CRISP_RUNTIME_CONFIG?.locale;
  // A visitor who withdrew consent on this page has no token in Crisp's globals.
  writeGlobals(page, options, consent.revoked() ? undefined : (tokenId ?? undefined), () => markReady(page, store));
  if (options.safeMode) send(['safe', true]);
  if (tokenId != null && textOf(tokenId) !== textOf(token ?? '')) restart(visitor, true);
  else if ((options.locale && options.locale !== locale) || shared.stale) restart(visitor);
  if (liveOf(page)) {
    store.set({ status: 'loaded' });
    if (askGet(page, 'session:identifier')) markReady(page, store);
    else awaitSession(page, store, on);
  } else {
    keepQueue(page);
    awaitSession(page, store, on);
    if (!embed && store.get().consent !== 'pending') loader.start();
  }
  return client;
}
