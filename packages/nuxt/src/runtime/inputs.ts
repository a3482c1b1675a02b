// The app-wide live inputs (visitor, session data, segments) of one Nuxt app: set by
// useCrispVisitor, read by the client plugin's binding.
import { shallowRef, type ShallowRef } from 'vue';
import type { CrispPluginInputs } from '@crispkit/vue';

/** What `useCrispVisitor` declares: the inputs of `crispPlugin`, each a value, a ref or a getter. */
export type CrispAppInputs = CrispPluginInputs;

const held = new WeakMap<object, ShallowRef<CrispAppInputs>>();

/** The inputs of this Nuxt app, made on first use (whichever of the plugin or the app comes first). */
export function inputsOf(nuxtApp: object): ShallowRef<CrispAppInputs> {
  let inputs = held.get(nuxtApp);
  if (!inputs) held.set(nuxtApp, (inputs = shallowRef<CrispAppInputs>({})));
  return inputs;
}
