// @vitest-environment node
// Server rendering: no window, no document, no throw; everything is a no-op.
import { describe, expect, it } from 'vitest';
import { createCrisp, login, logout, setLocale, setSessionData, setUser } from '@crispkit/core';

describe('server rendering', () => {
  it('imports and creates a client without touching window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const crisp = createCrisp({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4', load: 'eager' });
    crisp.load();
    crisp.do('chat:open');
    setUser(crisp, { email: 'ada@example.com' });
    setSessionData(crisp, { plan: 'pro' });
    login(crisp, { tokenId: 't', email: 'ada@example.com' });
    logout(crisp);
    setLocale(crisp, 'fr');
    const off = crisp.on('message:received', () => {});
    off();
    expect(crisp.get('user:email')).toBeUndefined();
    expect(crisp.is('chat:opened')).toBeUndefined();
    expect(crisp.getState().status).toBe('idle');
    const unsubscribe = crisp.subscribe(() => {});
    unsubscribe();
  });

  it('keeps no page-wide registry on the server, so two sites can render in one process', () => {
    createCrisp({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' });
    expect(() => createCrisp({ websiteId: '11111111-2222-4333-8444-555555555555' })).not.toThrow();
    expect(Object.getOwnPropertySymbols(globalThis).map(String)).not.toContain('Symbol(crispkit)');
  });
});
