// useCrispVisitor: how a Nuxt app tells the module who the visitor is, from its auth state.
import { getCurrentScope, onScopeDispose, type MaybeRefOrGetter } from 'vue';
import { useNuxtApp } from 'nuxt/app';
import type { CrispVisitor } from '@crispkit/vue';
import { inputsOf, type CrispAppInputs } from './inputs.js';

/**
 * Declares the app-wide visitor (`{ tokenId, user, locale, consent }`, as `crispPlugin`'s
 * `visitor`), and optionally the session data and segments that go with it: each a value, a ref
 * or a getter over your auth state, watched deeply, applied visitor first. Call it once, in
 * `app.vue` or in a plugin of your app; a later call replaces the earlier one. Called in a
 * component, it holds until that component unmounts. On the server it changes nothing.
 */
export function useCrispVisitor(
  visitor: MaybeRefOrGetter<CrispVisitor | null | undefined>,
  data: Omit<CrispAppInputs, 'visitor'> = {},
): void {
  const inputs = inputsOf(useNuxtApp());
  const declared: CrispAppInputs = { visitor, sessionData: data.sessionData, segments: data.segments };
  inputs.value = declared;
  if (getCurrentScope())
    onScopeDispose(() => {
      if (inputs.value === declared) inputs.value = {};
    });
}
