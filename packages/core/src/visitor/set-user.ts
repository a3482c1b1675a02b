// setUser: the visitor's email (with its signature), phone, nickname, avatar and company.
import type { CrispClient, CrispUser } from '../contract/types';
import { USER_FIELDS } from '../protocol/commands';
import { isObject } from '../protocol/guards';
import { reconcile, reportFor, unwant, visitorPart, want, type Visitor } from './visitor';

/**
 * Sets user fields. A field left out (or `undefined`) is unchanged; `null` forgets it: it is not
 * sent again in a later session (Crisp cannot unset a field in the current one; `logout` starts a
 * new session). Only fields whose value Crisp's session does not have yet are pushed. Refused
 * values are reported through `onError`, naming the field.
 */
export function setUser(crisp: CrispClient, user: CrispUser): void {
  const visitor = visitorPart.of(crisp);
  if (!visitor) return;
  wantUser(visitor, user);
  reconcile(visitor);
}

/** Takes the fields of `user` into the wanted visitor (see setUser); the caller reconciles. */
export function wantUser(visitor: Visitor, user: CrispUser): void {
  if (!isObject(user)) return reportFor(visitor, 'user');
  for (const field of USER_FIELDS) {
    const value = user[field];
    const key = 'user:' + field;
    if (value === null) unwant(visitor, key);
    else if (value !== undefined) {
      let args: unknown[] = [value];
      if (field === 'email' && user.signature != null) {
        const signature = user.signature;
        args = [value, typeof signature === 'string' ? signature.toLowerCase() : signature];
      }
      if (field === 'company' && isObject(value)) {
        const { name, ...details } = value;
        args = Object.keys(details).length ? [name, details] : [name];
      }
      want(visitor, ['set', key, args]);
    }
  }
}
