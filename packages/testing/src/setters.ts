// `set` keys: each value is checked in full by `validate.ts` (a refusal throws Crisp's own message
// before anything changes), then applied to the session as the client passes it on.
import type { ClientContext } from './context';
import { noSuchNamespace } from './protocol';
import { refuse } from './refusal';
import {
  checkAvatar,
  checkCompany,
  checkEmail,
  checkNickname,
  checkPhone,
  checkSegments,
  checkSessionData,
  checkSessionEvents,
} from './validate';

export function applySet(ctx: ClientContext, key: unknown, args: readonly unknown[]): void {
  const { state } = ctx;
  const [value] = args;
  switch (key) {
    case 'user:email': {
      const { email, signature } = checkEmail(value, args[1]);
      state.user.email = email;
      state.user.signature = signature;
      return;
    }
    case 'user:nickname':
      state.user.nickname = checkNickname(value);
      return;
    case 'user:phone':
      state.user.phone = checkPhone(value, ctx.phoneRefused);
      return;
    case 'user:avatar':
      state.user.avatar = checkAvatar(value);
      return;
    case 'user:company':
      state.user.company = checkCompany(args);
      return;
    case 'session:data':
      // Upsert: only the given keys change; an empty string is how Crisp deletes a key.
      for (const [name, stored] of checkSessionData(args)) {
        if (stored === '') delete state.data[name];
        else state.data[name] = stored;
      }
      return;
    case 'session:segments': {
      // Stored as given, untrimmed (an item that is not a string too, as the client passes it on).
      const segments = checkSegments(value) as string[];
      // Appends (a segment already held is not added twice) unless `overwrite` is exactly true.
      const base = args[1] === true ? [] : state.segments;
      state.segments = [...new Set([...base, ...segments])];
      return;
    }
    case 'session:event':
      state.events.push(...checkSessionEvents(args));
      return;
    case 'message:text':
      if (typeof value !== 'string') refuse('Invalid message text');
      state.composerText = value;
      return;
    default:
      refuse(noSuchNamespace(key));
  }
}
