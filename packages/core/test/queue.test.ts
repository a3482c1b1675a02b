// Commands reach Crisp exactly once and in order, before, during and after the hand-over.
import { describe, expect, it } from 'vitest';
import { ready, setSessionData, setUser } from '@crispkit/core';
import { executed, setup } from './helpers';

describe('command queue', () => {
  it('queues commands in the $crisp array before load, in order', () => {
    const { crisp } = setup({}, { mode: 'manual' });
    crisp.set('user:nickname', 'Ada');
    crisp.config('color:theme', 'green');
    crisp.do('message:thread:start', 'Billing');
    // The kit's own pending `session:loaded` registration sits in the queue too.
    expect((window.$crisp as unknown[]).filter((c) => (c as string[])[0] !== 'on')).toEqual([
      ['set', 'user:nickname', ['Ada']],
      ['config', 'color:theme', ['green']],
      ['do', 'message:thread:start', ['Billing']],
    ]);
  });

  it('delivers commands issued before, during and after the hand-over once each, in order', async () => {
    const { fake, crisp } = setup({}, { mode: 'manual' });
    crisp.set('user:nickname', 'before');
    crisp.load();
    crisp.set('session:segments', ['during'], false);
    const loading = fake.load();
    crisp.push(['set', 'message:text', ['while handing over']]);
    await loading;
    crisp.do('chat:open');
    await fake.settled();
    expect(executed(fake)).toEqual([
      ['set', 'user:nickname', ['before']],
      ['set', 'session:segments', [['during'], false]],
      ['set', 'message:text', ['while handing over']],
      ['do', 'chat:open'],
    ]);
  });

  it('after load, commands go straight to the live object', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    crisp.do('chat:open');
    expect(fake.session.chatOpened).toBe(true);
    expect(Array.isArray(window.$crisp)).toBe(false);
  });

  it.each([
    ['chat:open', []],
    ['chat:toggle', []],
    ['message:send', ['text', 'Hello']],
  ] as const)('%s before load starts loading even with the manual strategy', async (action, args) => {
    const { fake, crisp } = setup({ load: 'manual' });
    expect(fake.requests).toBe(0);
    crisp.do(action, ...(args as []));
    await fake.settled();
    expect(fake.requests).toBe(1);
    expect(executed(fake, 'do')).toHaveLength(1);
  });

  it('other commands before load do not start loading with the manual strategy', async () => {
    const { fake, crisp } = setup({ load: 'manual' });
    crisp.do('chat:hide');
    setSessionData(crisp, { plan: 'pro' });
    await fake.settled();
    expect(fake.requests).toBe(0);
  });

  it('commands issued before a blocked load are delivered by a successful retry', async () => {
    const { fake, crisp } = setup({}, { mode: 'manual' });
    setUser(crisp, { email: 'ada@example.com' });
    crisp.load();
    fake.fail();
    expect(crisp.getState()).toMatchObject({ status: 'failed', error: 'blocked' });
    setSessionData(crisp, { plan: 'pro' });
    crisp.load();
    expect(crisp.getState().status).toBe('loading');
    await fake.load();
    await fake.settled();
    expect(fake.requests).toBe(2);
    expect(executed(fake, 'set')).toEqual([
      ['set', 'user:email', ['ada@example.com']],
      ['set', 'session:data', [[['plan', 'pro']]]],
    ]);
    expect(crisp.getState().status).toBe('ready');
  });

  it('safeMode sends ["safe", true] first', async () => {
    const { fake, crisp } = setup({ safeMode: true, load: 'eager' });
    await ready(crisp);
    expect(fake.commands[0]).toEqual(['safe', true]);
  });
});
