'use client';
// A page's own Crisp session data, from a Server Component page: <PageData data={{ page: 'pricing' }} />.
// Added while the page is shown, taken back when it goes (the core merges every page's data).
import { useCrispSessionData } from '@crispkit/react';
import type { CrispSessionData } from '@crispkit/react';

export function PageData({ data }: { data: CrispSessionData }): null {
  useCrispSessionData(data);
  return null;
}
