// setVisitor: the declarative identity a framework adapter passes on every render. Compared by
// content here, so adapters carry no identity, consent or diffing rule of their own.
import type { CrispClient, CrispVisitor } from '../client/types';
import { activeKit } from '../client/kit';
import { isObject } from '../protocol/guards';
import { textOf } from '../client/errors';
import { contentOf } from './content-of';
import { login, logout, setLocale } from './identity';
import { setUser } from './set-user';
import { grantConsent, revokeConsent } from './consent';

// Every field, so that a field the declared user leaves out is forgotten.
const NO_USER = { email: null, signature: null, nickname: null, phone: null, avatar: null, company: null };

/**
 * Makes the visitor what `visitor` declares. `tokenId`: a string or number signs in with that
 * token (nothing when it is the current one), `null` signs out, `undefined` leaves the session.
 * `user`: the whole user (fields left out are forgotten), `null` none, `undefined` unchanged. `locale`: the chatbox language.
 * `consent`: `'granted'` or `'revoked'` (`'required'` waits); after a revoke, which forgets the
 * visitor, the declared identity is kept and sent with the grant, in one new session. The same
 * content again pushes nothing; values JSON cannot hold are reported, never thrown.
 */
export function setVisitor(crisp: CrispClient, visitor: CrispVisitor): void {
  const kit = activeKit(crisp);
  if (!kit) return;
  if (!isObject(visitor)) return kit.report('visitor');
  const { tokenId, user, locale, consent } = visitor as CrispVisitor;
  const identity = contentOf([tokenId, user], 'visitor', kit.report);
  if (identity === undefined) return;
  const previous = kit.visitor.declared;
  kit.visitor.declared = [identity, consent];
  // Against the client's consent, which grantConsent or revokeConsent may have changed meanwhile.
  const revoked = consent === 'revoked' && kit.store.get().consent !== 'revoked';
  if (revoked) revokeConsent(crisp);
  // Again when the token is not the declared one (a login or logout called directly meanwhile).
  const token = kit.visitor.token;
  const moved = tokenId !== undefined && textOf(tokenId ?? '') !== textOf(token ?? '');
  // Applied while still revoked, so the grant below starts one session that already holds it.
  if (revoked || moved || identity !== previous?.[0]) {
    const whole = user === undefined ? {} : { ...NO_USER, ...user };
    // Signed out: a signed-in visitor (or one this client cannot know) logs out; an anonymous
    // one keeps what it set.
    if (tokenId === null && (token != null || kit.visitor.tokenUnknown)) logout(crisp);
    if (tokenId != null) login(crisp, { ...whole, tokenId });
    else setUser(crisp, whole);
  }
  if (consent === 'granted') grantConsent(crisp);
  if (locale) setLocale(crisp, locale);
}
