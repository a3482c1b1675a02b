// useCrispSessionData / useCrispSegments: a component adds to the session while it is mounted.
import { useEffect } from 'react';
import type { CrispClient, CrispSessionData } from '@crispkit/core';
import { useCrisp } from '../context';
import { shared, type Part } from '../shared';
import { apply } from '../contributions';

/**
 * Registers `part` while mounted and sends it. The effect is keyed on the content, so a render
 * with equal values (even new objects) does nothing, and the core pushes only changed keys.
 */
export function useContribution(client: CrispClient, part: Part): void {
  useEffect(() => {
    const { parts } = shared(client);
    parts.add(part);
    apply(client, part);
    return () => {
      parts.delete(part);
    };
    // Keyed on content, not identity: `part` is the value of the render that changed it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the JSON key stands for `part`
  }, [client, JSON.stringify(part)]);
}

/**
 * Merges `data` into the Crisp session data: only these keys, only when their value changed.
 * Keys set by other components or by operators are never replaced. The keys stay in the session
 * after unmount (it is what operators see); pass `null` for a key to delete it.
 */
export function useCrispSessionData(data: CrispSessionData): void {
  useContribution(useCrisp(), { data });
}

/** Adds `segments` to the session (Crisp appends); each segment is sent once per session. */
export function useCrispSegments(segments: string[]): void {
  useContribution(useCrisp(), { segments });
}
