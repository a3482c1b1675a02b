// setUser: the visitor's email (with its signature), phone, nickname, avatar and company.
import type { CrispClient, CrispUser } from './types';
import type { CrispCommand } from './protocol';
import { kitOf } from './kit';
import { isObject } from './rules';
import { sendIfChanged } from './diff';

const FIELDS = ['email', 'phone', 'nickname', 'avatar', 'company'] as const;

/**
 * Sets user fields, pushing only the fields whose value changed in this session. A field set to
 * `null` is forgotten (Crisp cannot unset one), so setting it again later is sent again. Refused
 * values (an invalid email, a signature that is not 64 hex characters, ...) are reported through
 * `onError` and never reach Crisp.
 */
export function setUser(crisp: CrispClient, user: CrispUser): void {
  const kit = kitOf(crisp);
  if (!kit) return;
  if (!isObject(user)) return kit.report('user');
  for (const field of FIELDS) {
    const value: unknown = user[field];
    const key = 'user:' + field;
    if (value == null) kit.sent.delete(key);
    else if (field === 'email') {
      const signature: unknown = user.signature;
      const signed = typeof signature === 'string' ? signature.toLowerCase() : signature;
      sendIfChanged(kit, ['set', key, signed == null ? [value] : [value, signed]] as CrispCommand);
    } else if (field === 'company' && isObject(value)) {
      const { name, ...details } = value;
      sendIfChanged(kit, ['set', key, Object.keys(details).length ? [name, details] : [name]] as CrispCommand);
    } else sendIfChanged(kit, ['set', key, [value]] as CrispCommand);
  }
}
