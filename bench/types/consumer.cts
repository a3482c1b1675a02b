// The same imports from a CommonJS file (node16 resolution: the `require` condition, dist .d.cts).
import { createCrisp, type CrispClient } from '@crispkit/core';
import { CrispProvider } from '@crispkit/react';
import { installFakeCrisp } from '@crispkit/testing';
import { crispPlugin, useCrispState } from '@crispkit/vue';

export const crisp: CrispClient = createCrisp({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' });
export const provider: typeof CrispProvider = CrispProvider;
export const fake = installFakeCrisp();
export const plugin = crispPlugin({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' });
export const useUnread = () => useCrispState((state) => state.unreadCount);
