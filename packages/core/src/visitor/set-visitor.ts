// setVisitor: the declarative identity a framework binding passes on every change, taken into
// the wanted state as one change, then one reconcile, so bindings carry no identity, consent or
// diffing rule of their own.
import type { CrispClient, CrispVisitor } from '../contract/types';
import { USER_FIELDS } from '../protocol/commands';
import { isObject } from '../protocol/guards';
import {
  afterGrant,
  changeLocale,
  grant,
  reconcile,
  reportFor,
  restart,
  restarts,
  revoke,
  signOut,
  visitorPart,
} from './visitor';
import { wantUser } from './set-user';
import { wantLogin } from './identity';

/**
 * Makes the visitor what `visitor` declares. `tokenId`: a string or number signs in with that
 * token (nothing when it is the current one), `null` signs out, `undefined` leaves the session.
 * `user`: the whole user (fields left out are forgotten), `null` none, `undefined` unchanged.
 * `locale`: the chatbox language.
 * `consent`: `'granted'` or `'revoked'` (`'required'` waits); after a revoke, which forgets the
 * visitor, the declared identity is kept and sent with the grant, in one new session. The same
 * content again pushes nothing (the core compares it with what Crisp's session has); values JSON
 * cannot hold are reported, never thrown. At most one new session starts, whatever changed.
 */
export function setVisitor(crisp: CrispClient, declared: CrispVisitor): void {
  const visitor = visitorPart.of(crisp);
  if (!visitor) return;
  if (!isObject(declared)) return reportFor(visitor, 'visitor');
  const { tokenId, user, locale, consent } = declared as CrispVisitor;
  const before = restarts(visitor);
  // Against the client's consent, which grantConsent or revokeConsent may have changed meanwhile.
  if (consent === 'revoked') revoke(visitor);
  // Written first, so that a new session started below for another reason has it already.
  let relocated = false;
  if (locale) {
    if (typeof locale === 'string') relocated = changeLocale(visitor, locale, true);
    else reportFor(visitor, 'locale');
  }
  // Every call states the whole identity: fields left out are forgotten, and what is already so
  // pushes nothing. Applied while still revoked, so that the session the grant starts holds it.
  const whole = user === undefined ? {} : { ...noUser(), ...user };
  // Signed out: a signed-in visitor (or one this client cannot know) logs out; an anonymous one
  // keeps what it set.
  if (tokenId === null) signOut(visitor, true);
  if (tokenId != null) wantLogin(visitor, { ...whole, tokenId });
  else wantUser(visitor, whole);
  const granted = consent === 'granted' && grant(visitor);
  if (relocated && restarts(visitor) === before) restart(visitor);
  reconcile(visitor);
  if (granted) afterGrant(visitor);
}

// Every field, so that a field the declared user leaves out is forgotten. Built when called, not at
// module level: esbuild keeps a module-level expression it cannot prove pure in every bundle.
const noUser = () => Object.fromEntries([...USER_FIELDS, 'signature'].map((field) => [field, null]));
