// Diffing: only what changed is pushed; session data merges, never replaces.
import { describe, expect, it } from 'vitest';
import { executed, setup } from './helpers';

const SIG = 'a'.repeat(64);

describe('setSessionData', () => {
  it('called 50 times with the same data pushes one command', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    for (let i = 0; i < 50; i++) crisp.setSessionData({ plan: 'pro' });
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([['set', 'session:data', [[['plan', 'pro']]]]]);
  });

  it('pushes only the changed keys and merges with what Crisp already holds', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await crisp.ready();
    fake.live!.push(['set', 'session:data', [[['set_by_agent', 'yes']]]]);
    crisp.setSessionData({ plan: 'pro', seats: 3 });
    crisp.setSessionData({ plan: 'pro', seats: 4, trial: false });
    expect(executed(fake, 'set').slice(1)).toEqual([
      [
        'set',
        'session:data',
        [
          [
            ['plan', 'pro'],
            ['seats', 3],
          ],
        ],
      ],
      [
        'set',
        'session:data',
        [
          [
            ['seats', 4],
            ['trial', false],
          ],
        ],
      ],
    ]);
    expect(fake.session.data).toEqual({ set_by_agent: 'yes', plan: 'pro', seats: 4, trial: false });
  });

  it('null or "" deletes a key, once', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await crisp.ready();
    crisp.setSessionData({ plan: 'pro', coupon: 'X' });
    crisp.setSessionData({ coupon: null });
    crisp.setSessionData({ coupon: '' });
    crisp.setSessionData({ plan: '' });
    expect(executed(fake, 'set')).toEqual([
      [
        'set',
        'session:data',
        [
          [
            ['plan', 'pro'],
            ['coupon', 'X'],
          ],
        ],
      ],
      ['set', 'session:data', [[['coupon', '']]]],
      ['set', 'session:data', [[['plan', '']]]],
    ]);
    expect(fake.session.data).toEqual({});
  });
});

describe('setUser', () => {
  it('pushes each changed field once; unchanged input pushes nothing', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    const user = { email: 'ada@example.com', nickname: 'Ada', phone: '+33 6 00 00 00 00' };
    crisp.setUser(user);
    crisp.setUser({ ...user });
    crisp.setUser({ ...user, nickname: 'Ada L.' });
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([
      ['set', 'user:email', ['ada@example.com']],
      ['set', 'user:phone', ['+33 6 00 00 00 00']],
      ['set', 'user:nickname', ['Ada']],
      ['set', 'user:nickname', ['Ada L.']],
    ]);
    expect(fake.session.user).toMatchObject({ email: 'ada@example.com', nickname: 'Ada L.' });
  });

  it('sends the email with its signature, lowercased, and again when only the signature changes', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    crisp.setUser({ email: 'ada@example.com', signature: SIG.toUpperCase() });
    crisp.setUser({ email: 'ada@example.com', signature: 'b'.repeat(64) });
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([
      ['set', 'user:email', ['ada@example.com', SIG]],
      ['set', 'user:email', ['ada@example.com', 'b'.repeat(64)]],
    ]);
  });

  it('sends the company as name plus details', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    crisp.setUser({ company: { name: 'Acme', url: 'https://acme.test', employment: ['CTO'] } });
    crisp.setUser({ company: { name: 'Acme', url: 'https://acme.test', employment: ['CTO'] } });
    crisp.setUser({ company: { name: 'Beta' } });
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([
      ['set', 'user:company', ['Acme', { url: 'https://acme.test', employment: ['CTO'] }]],
      ['set', 'user:company', ['Beta']],
    ]);
  });

  it('a field set to null is forgotten, so setting it again is sent again', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    crisp.setUser({ nickname: 'Ada' });
    crisp.setUser({ nickname: null });
    crisp.setUser({ nickname: 'Ada' });
    await fake.settled();
    expect(executed(fake, 'set')).toHaveLength(2);
  });
});

describe('setSegments', () => {
  it('is order-insensitive and pushes nothing for the same set', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    crisp.setSegments(['vip', 'beta']);
    crisp.setSegments(['beta', 'vip']);
    crisp.setSegments(['beta', 'vip', 'churn-risk']);
    crisp.setSegments(['vip'], true);
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([
      ['set', 'session:segments', [['vip', 'beta'], false]],
      ['set', 'session:segments', [['beta', 'vip', 'churn-risk'], false]],
      ['set', 'session:segments', [['vip'], true]],
    ]);
    expect(fake.session.segments).toEqual(['vip']);
  });
});
