// Diffing: only what changed is pushed; session data merges, never replaces.
import { describe, expect, it } from 'vitest';
import { ready, setLocale, setSegments, setSessionData, setUser } from '@crispkit/core';
import { executed, setup } from './helpers';

const SIG = 'a'.repeat(64);

describe('setSessionData', () => {
  it('called 50 times with the same data pushes one command', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    for (let i = 0; i < 50; i++) setSessionData(crisp, { plan: 'pro' });
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([['set', 'session:data', [[['plan', 'pro']]]]]);
  });

  it('pushes only the changed keys and merges with what Crisp already holds', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    fake.live!.push(['set', 'session:data', [[['set_by_agent', 'yes']]]]);
    setSessionData(crisp, { plan: 'pro', seats: 3 });
    setSessionData(crisp, { plan: 'pro', seats: 4, trial: false });
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
    await ready(crisp);
    setSessionData(crisp, { plan: 'pro', coupon: 'X' });
    setSessionData(crisp, { coupon: null });
    setSessionData(crisp, { coupon: '' });
    setSessionData(crisp, { plan: '' });
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
    setUser(crisp, user);
    setUser(crisp, { ...user });
    setUser(crisp, { ...user, nickname: 'Ada L.' });
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
    setUser(crisp, { email: 'ada@example.com', signature: SIG.toUpperCase() });
    setUser(crisp, { email: 'ada@example.com', signature: 'b'.repeat(64) });
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([
      ['set', 'user:email', ['ada@example.com', SIG]],
      ['set', 'user:email', ['ada@example.com', 'b'.repeat(64)]],
    ]);
  });

  it('sends the company as name plus details', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    setUser(crisp, { company: { name: 'Acme', url: 'https://acme.test', employment: ['CTO', 'Engineering'] } });
    // Equal content with the keys in another order is the same company.
    setUser(crisp, { company: { employment: ['CTO', 'Engineering'], url: 'https://acme.test', name: 'Acme' } });
    setUser(crisp, { company: { name: 'Beta' } });
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([
      ['set', 'user:company', ['Acme', { url: 'https://acme.test', employment: ['CTO', 'Engineering'] }]],
      ['set', 'user:company', ['Beta']],
    ]);
  });

  it('a field set to null is forgotten: not sent again in a later session, and a field left out is unchanged', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    setUser(crisp, { nickname: 'Ada', email: 'ada@example.com' });
    setUser(crisp, { nickname: null });
    // Crisp's session still holds "Ada": the same value again has nothing to change.
    setUser(crisp, { nickname: 'Ada' });
    setUser(crisp, { nickname: null });
    setLocale(crisp, 'fr');
    await fake.settled();
    expect(executed(fake).filter(([verb]) => verb !== 'on')).toEqual([
      ['set', 'user:email', ['ada@example.com']],
      ['set', 'user:nickname', ['Ada']],
      ['do', 'session:reset'],
      // The new session gets the email (left out of the later calls), not the forgotten nickname.
      ['set', 'user:email', ['ada@example.com']],
    ]);
    expect(fake.session.user.nickname).toBeNull();
    expect(fake.session.user.email).toBe('ada@example.com');
  });
});

describe('setSegments', () => {
  // Changed in core 2: Crisp appends segments, so the kit sends only those not yet sent in this
  // session (it used to send the whole list again whenever the set changed).
  it('sends only segments not yet sent in this session; the same set in any order pushes nothing', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    setSegments(crisp, ['vip', 'beta']);
    setSegments(crisp, ['beta', 'vip']);
    setSegments(crisp, ['beta', 'vip', 'churn-risk']);
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([
      ['set', 'session:segments', [['vip', 'beta'], false]],
      ['set', 'session:segments', [['churn-risk'], false]],
    ]);
    expect(fake.session.segments).toEqual(['vip', 'beta', 'churn-risk']);
  });

  it('overwrite replaces the session segments, once', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    setSegments(crisp, ['vip', 'beta']);
    setSegments(crisp, ['vip'], true);
    setSegments(crisp, ['vip'], true);
    setSegments(crisp, ['vip']);
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([
      ['set', 'session:segments', [['vip', 'beta'], false]],
      ['set', 'session:segments', [['vip'], true]],
    ]);
    expect(fake.session.segments).toEqual(['vip']);
  });

  it('de-duplicates a list instead of letting Crisp refuse it', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    setSegments(crisp, ['vip', 'vip', 'beta']);
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([['set', 'session:segments', [['vip', 'beta'], false]]]);
    expect(fake.errors).toEqual([]);
  });
});
