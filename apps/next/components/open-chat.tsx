'use client';
// A button that opens the chat, optionally noting which plan the visitor asked about first.
import type { ReactNode } from 'react';
import { setSessionData, useCrisp } from '@crispkit/react';

export function OpenChat({ plan, children }: { plan?: string; children: ReactNode }) {
  const crisp = useCrisp();
  const open = () => {
    if (plan) setSessionData(crisp, { plan_interest: plan });
    crisp.do('chat:open');
  };
  return (
    <button type="button" onClick={open} data-testid="open-chat">
      {children}
    </button>
  );
}
