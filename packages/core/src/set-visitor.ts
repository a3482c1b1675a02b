// setVisitor: the declarative identity a framework adapter passes on every render, compared by
// content here so that adapters carry no identity, consent or diffing rule of their own.
import type { CrispClient, CrispVisitor } from './types';
import { kitOf } from './kit';
import { isObject } from './rules';
import { contentOf } from './diff';
import { login, logout, setLocale } from './identity';
import { setUser } from './user';
import { grantConsent, revokeConsent } from './consent';

// Every field, so a field absent from the declared user is forgotten.
const NO_USER = { email: null, signature: null, nickname: null, phone: null, avatar: null, company: null };

/**
 * Makes the visitor what `visitor` declares: `tokenId` a string or number signs in with that
 * token (nothing when it is current), `null` signs out, `undefined` leaves the session; `user` is
 * the whole user (absent fields are forgotten); `locale` changes the chatbox language;
 * `consent` grants or revokes (a grant after a revoke signs the declared visitor in again).
 * The same content again pushes nothing.
 */
export function setVisitor(crisp: CrispClient, visitor: CrispVisitor): void {
  const kit = kitOf(crisp);
  if (!kit) return;
  if (!isObject(visitor)) return kit.report('visitor');
  const { tokenId, user, locale, consent } = visitor as CrispVisitor;
  const identity = contentOf(kit, 'visitor', [tokenId, user]);
  if (identity === undefined) return;
  const previous = kit.visitor;
  if (consent !== previous?.consent) {
    if (consent === 'granted') grantConsent(crisp);
    if (consent === 'revoked') revokeConsent(crisp);
  }
  // A revoke clears the session token: the grant that follows signs the declared visitor in again.
  const regranted = consent === 'granted' && previous?.consent === 'revoked';
  kit.visitor = { identity, consent };
  if (identity !== previous?.identity || regranted) {
    const whole = { ...NO_USER, ...user };
    if (tokenId === null) logout(crisp);
    if (tokenId != null) login(crisp, { ...whole, tokenId });
    else if (user || previous) setUser(crisp, whole);
  }
  if (locale) setLocale(crisp, locale);
}
