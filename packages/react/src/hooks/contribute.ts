// useCrispSessionData / useCrispSegments: a component adds to the session while it is mounted.
import { useEffect } from 'react';
import { contribute, type CrispContribution, type CrispSessionData } from '@crispkit/core';
import { useCrisp } from '../context';

/** Binds the core's `contribute` to the component's lifetime, keyed on content, not identity. */
function useContribution(contribution: CrispContribution): void {
  const client = useCrisp();
  const key = JSON.stringify(contribution);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for contribution
  useEffect(() => contribute(client, contribution), [client, key]);
}

/**
 * Merges `data` into the Crisp session data: only these keys, only when their value changed,
 * and again after every session reset while mounted. The keys stay in the session after
 * unmount (it is what operators see); pass `null` for a key to delete it.
 */
export function useCrispSessionData(data: CrispSessionData): void {
  useContribution({ data });
}

/** Adds `segments` to the session while mounted; each segment is sent once per session. */
export function useCrispSegments(segments: string[]): void {
  useContribution({ segments });
}
