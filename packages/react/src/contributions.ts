// Sending what mounted components contribute (session data, segments) through the core's diffing.
import type { CrispClient } from '@crispkit/core';
import { shared, type Part } from './shared';

/**
 * Session data goes to the core as an upsert of this part's keys only, so it merges with what
 * other components or operators set; the core pushes only the keys whose value changed.
 * Segments are appended by Crisp, so only those not yet sent in this session are pushed.
 */
export function apply(client: CrispClient, part: Part): void {
  if (part.data) client.setSessionData(part.data);
  const { sent } = shared(client);
  const fresh = (part.segments || []).filter((segment) => !sent.has(segment) && sent.add(segment));
  if (fresh.length) client.setSegments(fresh);
}

/**
 * After a login or logout the core has reset the session (and, before load, dropped the queued
 * identity), so everything still mounted is sent again, merged into one command per kind.
 */
export function reapply(client: CrispClient): void {
  const s = shared(client);
  const all: Part = { data: {}, segments: [] };
  s.sent.clear();
  s.parts.forEach(({ data, segments }) => {
    Object.assign(all.data!, data);
    all.segments!.push(...(segments || []));
  });
  apply(client, all);
}
