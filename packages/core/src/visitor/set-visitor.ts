// setVisitor: the declarative identity a framework adapter passes on every render, mapped onto
// the core's functions here, so adapters carry no identity, consent or diffing rule of their own.
import type { CrispClient, CrispVisitor } from '../client/types';
import { activeKit } from '../client/kit';
import { isObject } from '../protocol/guards';
import { login, logout, setLocale } from './identity';
import { setUser } from './set-user';
import { grantConsent, revokeConsent } from './consent';

// Every field, so that a field the declared user leaves out is forgotten.
const NO_USER = { email: null, signature: null, nickname: null, phone: null, avatar: null, company: null };

/**
 * Makes the visitor what `visitor` declares. `tokenId`: a string or number signs in with that
 * token (nothing when it is the current one), `null` signs out, `undefined` leaves the session.
 * `user`: the whole user (fields left out are forgotten), `null` none, `undefined` unchanged.
 * `locale`: the chatbox language.
 * `consent`: `'granted'` or `'revoked'` (`'required'` waits); after a revoke, which forgets the
 * visitor, the declared identity is kept and sent with the grant, in one new session. The same
 * content again pushes nothing (the core compares it with what Crisp's session has); values JSON
 * cannot hold are reported, never thrown.
 */
export function setVisitor(crisp: CrispClient, visitor: CrispVisitor): void {
  const kit = activeKit(crisp);
  if (!kit) return;
  if (!isObject(visitor)) return kit.report('visitor');
  const { tokenId, user, locale, consent } = visitor as CrispVisitor;
  // Against the client's consent, which grantConsent or revokeConsent may have changed meanwhile.
  if (consent === 'revoked') revokeConsent(crisp);
  // Applied while still revoked, so that the session the grant starts holds it from the start.
  // Every call states the whole identity: what is already so pushes nothing (the core compares).
  const whole = user === undefined ? {} : { ...NO_USER, ...user };
  // Signed out: a signed-in visitor (or one this client cannot know) logs out; an anonymous one
  // keeps what it set.
  if (tokenId === null && (kit.visitor.token != null || kit.visitor.tokenUnknown)) logout(crisp);
  if (tokenId != null) login(crisp, { ...whole, tokenId });
  else setUser(crisp, whole);
  if (consent === 'granted') grantConsent(crisp);
  if (locale) setLocale(crisp, locale);
}
