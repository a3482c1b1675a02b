// login, logout and setLocale: Crisp reads the token and locale only when l.js executes and at a
// session reset, so each change rewrites the globals and, once l.js has run, resets the session.
import type { CrispClient, CrispLogin } from './types';
import type { CrispCommand } from './protocol';
import { kitOf, type Kit } from './kit';
import { setGlobal } from './globals';
import { textOf } from './errors';
import { newSession } from './session';
import { isObject } from './rules';
import { setUser } from './user';
import { setSessionData } from './session-data';
import { setSegments } from './segments';

// What belongs to one visitor's session: taken out of a queue that has not reached Crisp yet.
const IDENTITY = /^(user|session):/;

/**
 * Before l.js executes, the rewritten globals are enough, and the previous visitor's queued
 * identity is taken out of the array. Once it has executed (even if the client is not live yet:
 * it copied the globals already), a `session:reset` makes Crisp read them again. `keep` sends
 * the current identity again in the new session (a locale change); `identity` sends a new one.
 */
function restart(kit: Kit, keep: boolean, identity?: () => void): void {
  const queue = kit.page.$crisp;
  const pending = Array.isArray(queue) ? queue : undefined;
  if (pending && !keep)
    for (let i = pending.length; i--;)
      if (pending[i]![0] === 'set' && IDENTITY.test(textOf(pending[i]![1]))) pending.splice(i, 1);
  if (!pending || kit.loader.executed) kit.send(['do', 'session:reset']);
  else if (keep) return;
  const { sent, data, segments } = kit;
  newSession(kit, () => {
    if (keep) {
      sent.forEach((json, key) => {
        kit.sent.set(key, json);
        kit.send(JSON.parse(json) as CrispCommand);
      });
      const pairs = [...data].filter(([, value]) => value !== '');
      if (pairs.length) kit.send(['set', 'session:data', [pairs]]);
      pairs.forEach(([key, value]) => kit.data.set(key, value));
      if (segments.size) kit.send(['set', 'session:segments', [[...segments], false]]);
      kit.segments = segments;
    }
    identity?.();
  });
}

/**
 * Switches to a signed-in visitor: token, session reset, then that visitor's identity only
 * (nothing of the previous one). With the token already in place it only updates the identity.
 */
export function login(crisp: CrispClient, visitor: CrispLogin): void {
  const kit = kitOf(crisp);
  if (!kit) return;
  const tokenId: unknown = isObject(visitor) && visitor.tokenId;
  if (!(typeof tokenId === 'number' || (typeof tokenId === 'string' && tokenId))) return kit.report('tokenId');
  const { data, segments, ...user } = visitor;
  const identify = () => {
    setUser(crisp, user);
    if (data) setSessionData(crisp, data);
    if (segments) setSegments(crisp, segments);
  };
  if (String(tokenId) === textOf(kit.page.CRISP_TOKEN_ID ?? '')) return identify();
  setGlobal(kit.page, 'CRISP_TOKEN_ID', tokenId);
  restart(kit, false, identify);
}

/**
 * Forgets the visitor: token cleared, session reset, nothing of theirs kept in the globals, the
 * kit's caches or the queue, whenever it is called. Does nothing when nobody is signed in: no
 * token and no user field sent in this session. Page data alone (what mounted components
 * contribute) is not a signed-in visitor, so a signed-out page that remounts resets nothing.
 */
export function logout(crisp: CrispClient): void {
  const kit = kitOf(crisp);
  if (!kit || (kit.page.CRISP_TOKEN_ID == null && !kit.sent.size)) return;
  setGlobal(kit.page, 'CRISP_TOKEN_ID', undefined);
  restart(kit, false);
}

/**
 * Changes the chatbox locale (ISO 639-1, e.g. `"fr"`). Crisp applies it only to a new session,
 * so this resets the session (clearing the visible conversation) and sends the current identity,
 * data and segments again. The same locale again does nothing.
 */
export function setLocale(crisp: CrispClient, locale: string): void {
  const kit = kitOf(crisp);
  if (!kit) return;
  if (typeof locale !== 'string' || !locale) return kit.report('locale');
  const page = kit.page;
  if (page.CRISP_RUNTIME_CONFIG?.locale === locale) return;
  setGlobal(page, 'CRISP_RUNTIME_CONFIG', { ...page.CRISP_RUNTIME_CONFIG, locale });
  restart(kit, true);
}
