// login, logout and setLocale: Crisp reads the token and the locale only when l.js executes and
// at a session reset, so each rewrites the globals and starts a new session (visitor.ts).
import type { CrispClient, CrispLogin } from '../contract/types';
import { isObject } from '../protocol/guards';
import { changeLocale, reconcile, reportFor, signIn, signOut, visitorPart, want, type Visitor } from './visitor';
import { wantUser } from './set-user';

/** Whether `tokenId` is a token Crisp takes: a non-empty string or a number. */
export const isToken = (tokenId: unknown): tokenId is string | number =>
  typeof tokenId === 'number' || (typeof tokenId === 'string' && !!tokenId);

/** The signed-in visitor of `login` taken into the wanted state; the caller reconciles. */
export function wantLogin(visitor: Visitor, login: CrispLogin): void {
  const tokenId: unknown = isObject(login) && login.tokenId;
  if (!isToken(tokenId)) return reportFor(visitor, 'tokenId');
  const { data, segments, ...user } = login;
  signIn(visitor, tokenId);
  if (isObject(data)) want(visitor, ['set', 'session:data', [Object.keys(data).map((key) => [key, data[key] ?? ''])]]);
  if (segments) want(visitor, ['set', 'session:segments', [segments]]);
  wantUser(visitor, user);
}

/**
 * Switches to a signed-in visitor: token, a new session, then that visitor's identity, data and
 * segments only (nothing of the previous one). With the current token it only updates them.
 * While consent is revoked the visitor is remembered and sent when consent is granted.
 */
export function login(crisp: CrispClient, login: CrispLogin): void {
  const visitor = visitorPart.of(crisp);
  if (!visitor) return;
  wantLogin(visitor, login);
  reconcile(visitor);
}

/**
 * Forgets the visitor, whenever it is called: token cleared, their user fields, data and segments
 * forgotten, their commands still in the queue taken out, and a new Crisp session when the
 * current one received a token or any user field (even one later set to `null`). Without those,
 * no session is reset, so a signed-out page that remounts costs Crisp nothing.
 */
export function logout(crisp: CrispClient): void {
  const visitor = visitorPart.of(crisp);
  if (!visitor) return;
  signOut(visitor);
  reconcile(visitor);
}

/**
 * Changes the chatbox locale (ISO 639-1, e.g. `"fr"`). Crisp applies it only to a new session,
 * so this resets the session (clearing the visible conversation) and sends the wanted identity,
 * data and segments again. The same locale again does nothing.
 */
export function setLocale(crisp: CrispClient, locale: string): void {
  const visitor = visitorPart.of(crisp);
  if (!visitor) return;
  if (typeof locale !== 'string' || !locale) return reportFor(visitor, 'locale');
  changeLocale(visitor, locale);
  reconcile(visitor);
}
