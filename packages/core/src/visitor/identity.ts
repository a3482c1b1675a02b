// login, logout and setLocale: Crisp reads the token and the locale only when l.js executes and
// at a session reset, so each rewrites the globals and starts a new session (visitor.ts).
import type { CrispClient, CrispLogin } from '../client/types';
import type { Kit } from '../client/kit';
import { activeKit } from '../client/kit';
import { setGlobal } from '../loader/globals';
import { isObject } from '../protocol/guards';
import { textOf } from '../client/errors';
import { forget, reconcile, restart } from './visitor';
import { wantUser } from './set-user';
import { want } from './want';

/** Whether anyone is signed in: a token, a wanted user field, or one Crisp's session received. */
const signedIn = (kit: Kit): boolean =>
  kit.visitor.token != null || kit.visitor.received.identified || kit.visitor.fields.size > 0;

/**
 * Switches to a signed-in visitor: token, a new session, then that visitor's identity, data and
 * segments only (nothing of the previous one). With the current token it only updates them.
 * While consent is revoked the visitor is remembered and sent when consent is granted.
 */
export function login(crisp: CrispClient, visitor: CrispLogin): void {
  const kit = activeKit(crisp);
  if (!kit) return;
  const tokenId: unknown = isObject(visitor) && visitor.tokenId;
  if (!(typeof tokenId === 'number' || (typeof tokenId === 'string' && tokenId))) return kit.report('tokenId');
  const { data, segments, ...user } = visitor;
  if (String(tokenId) !== textOf(kit.visitor.token ?? '')) {
    kit.visitor.token = tokenId as string | number;
    restart(kit, true);
  }
  if (isObject(data)) want(kit, ['set', 'session:data', [Object.keys(data).map((key) => [key, data[key] ?? ''])]]);
  if (segments) want(kit, ['set', 'session:segments', [segments]]);
  wantUser(kit, user);
  reconcile(kit);
}

/**
 * Forgets the visitor, whenever it is called: token cleared, their user fields, data and segments
 * forgotten, their commands still in the queue taken out, and a new Crisp session when the
 * current one received a token or any user field (even one later set to `null`). Without those,
 * no session is reset, so a signed-out page that remounts costs Crisp nothing.
 */
export function logout(crisp: CrispClient): void {
  const kit = activeKit(crisp);
  if (!kit) return;
  // Only a session that knew who the visitor was needs replacing.
  if (signedIn(kit)) {
    kit.visitor.token = undefined;
    restart(kit, true);
  } else forget(kit);
  reconcile(kit);
}

/**
 * Changes the chatbox locale (ISO 639-1, e.g. `"fr"`). Crisp applies it only to a new session,
 * so this resets the session (clearing the visible conversation) and sends the wanted identity,
 * data and segments again. The same locale again does nothing.
 */
export function setLocale(crisp: CrispClient, locale: string): void {
  const kit = activeKit(crisp);
  if (!kit) return;
  if (typeof locale !== 'string' || !locale) return kit.report('locale');
  const page = kit.page;
  if (page.CRISP_RUNTIME_CONFIG?.locale === locale) return;
  setGlobal(page, 'CRISP_RUNTIME_CONFIG', { ...page.CRISP_RUNTIME_CONFIG, locale });
  restart(kit);
  reconcile(kit);
}
