// useCrispSessionData / useCrispSegments: a component adds to the session while it is mounted.
import { contribute, type CrispContribution, type CrispSessionData } from '@crispkit/core';
import { useCrisp } from './context.js';
import { follow, read, type ValueOrGetter } from './follow.svelte.js';

function useContribution(source: () => CrispContribution): void {
  const client = useCrisp();
  follow(source, (first) => {
    const handle = contribute(client, first);
    return { update: handle.update, release: handle };
  });
}

/**
 * Merges `data` (an object, or a getter over your state) into the Crisp session data while the
 * component is mounted: only these keys, only when their value changed, and again after every
 * session reset. The keys stay in the session after unmount (it is what operators see); set a
 * key to `null` to delete it.
 */
export function useCrispSessionData(data: ValueOrGetter<CrispSessionData>): void {
  useContribution(() => ({ data: read(data) }));
}

/** Adds `segments` (an array, or a getter) to the session while mounted; each is sent once per session. */
export function useCrispSegments(segments: ValueOrGetter<string[]>): void {
  useContribution(() => ({ segments: read(segments) }));
}
