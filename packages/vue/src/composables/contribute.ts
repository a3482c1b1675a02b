// useCrispSessionData / useCrispSegments: a component adds to the session while it is mounted.
import { toValue, watch, type MaybeRefOrGetter } from 'vue';
import { contribute, type CrispClient, type CrispContribution, type CrispSessionData } from '@crispkit/core';
import { useCrisp } from '../injection';
import { whileMounted } from '../while-mounted';

/**
 * Binds one core contribution to `source` while the binding lives: every change of what the
 * source reads (deeply) hands the core the new content, which the core compares, so equal
 * content pushes nothing. Shared by the composables and the plugin.
 */
export function bindContribution(client: CrispClient, source: () => CrispContribution): () => void {
  const handle = contribute(client, source());
  watch(source, (next) => handle.update(next), { deep: true });
  return handle;
}

/**
 * Merges `data` (an object, a ref or a getter) into the Crisp session data: only these keys, only
 * when their value changed, and again after every session reset while mounted. The keys stay in
 * the session after unmount (it is what operators see); set a key to `null` to delete it.
 */
export function useCrispSessionData(data: MaybeRefOrGetter<CrispSessionData>): void {
  const client = useCrisp();
  whileMounted(() => bindContribution(client, () => ({ data: toValue(data) })));
}

/** Adds `segments` (an array, a ref or a getter) to the session while mounted; each is sent once per session. */
export function useCrispSegments(segments: MaybeRefOrGetter<string[]>): void {
  const client = useCrisp();
  whileMounted(() => bindContribution(client, () => ({ segments: toValue(segments) })));
}
