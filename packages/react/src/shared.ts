// What the React layer remembers per client: mounted contributions and the hidden count.
import type { CrispClient, CrispSessionData } from '@crispkit/core';

/** What one mounted provider or hook contributes to the session. */
export interface Part {
  data?: CrispSessionData | undefined;
  segments?: string[] | undefined;
}

export interface Shared {
  /** Contributions of every mounted provider and hook, re-applied after a session reset. */
  parts: Set<Part>;
  /** Segments already sent in this session: Crisp appends, so each is sent once. */
  sent: Set<string>;
  /** How many mounted components ask for the chat to be hidden. */
  hides: number;
  /** Whether the kit last pushed chat:hide (true) or chat:show / nothing (false). */
  hidden: boolean;
}

// Keyed by client, so a new client (a test's fresh page, another website) starts clean and
// nothing outlives the client it belongs to.
const byClient = new WeakMap<CrispClient, Shared>();

export function shared(client: CrispClient): Shared {
  let s = byClient.get(client);
  if (!s) byClient.set(client, (s = { parts: new Set(), sent: new Set(), hides: 0, hidden: false }));
  return s;
}
