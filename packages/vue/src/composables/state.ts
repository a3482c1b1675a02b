// useCrispState: the kit's state, or a slice of it, as a readonly ref that changes only with it.
import { getCurrentInstance, shallowReadonly, shallowRef, type Ref } from 'vue';
import { INITIAL_STATE, type CrispState } from '@crispkit/core';
import { useCrisp } from '../injection';
import { whileMounted } from '../while-mounted';

/**
 * Reads the kit's state, or with a selector part of it. The ref changes only when the selected
 * value changes (`Object.is`): a component reading `useCrispState((s) => s.unreadCount)` does not
 * re-render when the chat opens or closes. Select primitives, or values kept from the state.
 */
export function useCrispState(): Readonly<Ref<CrispState>>;
export function useCrispState<T>(selector: (state: CrispState) => T): Readonly<Ref<T>>;
export function useCrispState<T>(selector?: (state: CrispState) => T): Readonly<Ref<T | CrispState>> {
  const client = useCrisp();
  const pick = (state: CrispState) => (selector ? selector(state) : state);
  // A component adopting server HTML (hydration, where Vue has already set its element) starts
  // from what the server rendered, the initial state, and takes the live state once mounted.
  const slice = shallowRef(pick(getCurrentInstance()?.vnode.el ? INITIAL_STATE : client.getState()));
  // A shallow ref assigned an equal value (Object.is) triggers nothing: no re-render.
  const update = () => (slice.value = pick(client.getState()));
  whileMounted(() => {
    update();
    return client.subscribe(update);
  });
  return shallowReadonly(slice);
}
