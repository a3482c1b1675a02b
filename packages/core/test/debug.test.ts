// Debug logging: every command, state change and event, without personal data.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ready, setUser } from '@crispkit/core';
import { setup } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('debug', () => {
  it('logs commands, state changes and events with emails and phones redacted', async () => {
    const log = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { fake, crisp } = setup({ load: 'eager', debug: true });
    setUser(crisp, { email: 'ada@example.com', phone: '+33 6 12 34 56 78' });
    crisp.on('message:received', () => {});
    await ready(crisp);
    fake.receiveMessage('write to me at bob@example.org');
    const lines = log.mock.calls.map((args) => args.join(' '));
    const text = lines.join('\n');
    expect(text).toMatch(/\[crispkit\] command .*user:email/);
    expect(text).toMatch(/\[crispkit\] state .*"status":"ready"/);
    expect(text).toMatch(/\[crispkit\] event .*message:received/);
    expect(text).not.toMatch(/ada@example\.com|bob@example\.org|12 34 56 78/);
    expect(text).toContain('[email]');
    expect(text).toContain('[phone]');
  });

  it('logs nothing without debug', async () => {
    const log = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { crisp } = setup({ load: 'eager' });
    setUser(crisp, { email: 'ada@example.com' });
    await ready(crisp);
    expect(log).not.toHaveBeenCalled();
  });
});
