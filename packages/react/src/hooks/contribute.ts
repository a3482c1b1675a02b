// useCrispSessionData / useCrispSegments: a component adds to the session while it is mounted.
import { useEffect, useRef } from 'react';
import {
  contribute,
  type CrispClient,
  type CrispContribution,
  type CrispContributionHandle,
  type CrispSessionData,
} from '@crispkit/core';
import { useCrisp } from '../context';

/**
 * Binds a core contribution to the component's lifetime; every commit hands it the latest
 * content, which the core compares, so a re-render with equal values pushes nothing.
 */
export function useContribution(client: CrispClient, contribution: CrispContribution): void {
  const handle = useRef<CrispContributionHandle>(undefined);
  useEffect(() => (handle.current = contribute(client, {})), [client]);
  useEffect(() => handle.current!.update(contribution));
}

/**
 * Merges `data` into the Crisp session data: only these keys, only when their value changed,
 * and again after every session reset while mounted. The keys stay in the session after
 * unmount (it is what operators see); pass `null` for a key to delete it.
 */
export function useCrispSessionData(data: CrispSessionData): void {
  useContribution(useCrisp(), { data });
}

/** Adds `segments` to the session while mounted; each segment is sent once per session. */
export function useCrispSegments(segments: string[]): void {
  useContribution(useCrisp(), { segments });
}
