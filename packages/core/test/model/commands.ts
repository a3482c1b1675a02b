// The random steps of the model-based test: every public function of the kit and the fake's own
// steps, each applied to the model and to the page, then checked.
import fc from 'fast-check';
import { vi } from 'vitest';
import type { CrispCommand, CrispLogin, CrispSessionData, CrispUser } from '@crispkit/core';
import { lTags } from '../helpers';
import {
  type ClientOptions,
  type ModelPage,
  checkAlways,
  checkSettled,
  createClient,
  executeLoader,
  loadSession,
  navigatePage,
  storedSessions,
  releaseInit,
  settle,
  startClient,
} from './page';
import * as model from './visitor-model';
import { USER_FIELDS, type Token, type UserField, type VisitorModel } from './visitor-model';

export const TOKENS: Token[] = ['tok-a', 'tok-b', 7];
export const LOCALES = ['fr', 'de', 'es'];
// Visitor data and contributions use keys and segments of their own: the contract does not say
// which wins when a contribution and the visitor set the same key.
const DATA_KEYS = ['plan', 'team', 'seats'];
const PAGE_KEYS = ['page', 'section'];
const SEGMENTS = ['vip', 'beta', 'trial'];
const PAGE_SEGMENTS = ['page-a', 'page-b'];

/** How a step gives a value: absent, null (forget), a fresh one, or the one already desired. */
type ValueSpec = 'absent' | 'null' | 'fresh' | 'same';
const valueSpec = fc.constantFrom<ValueSpec>('absent', 'absent', 'absent', 'fresh', 'fresh', 'same', 'null');

/** A value no other step uses (the model's clock), valid for Crisp. */
function freshValue(m: VisitorModel, field: UserField): string {
  const n = ++m.clock;
  switch (field) {
    case 'email':
      return `v${n}@example.com`;
    case 'phone':
      return `+1 415 555 ${String(n).padStart(4, '0')}`;
    case 'nickname':
      return `Visitor ${n}`;
    case 'avatar':
      return `https://example.com/avatars/${n}.png`;
    case 'company':
      return `Company ${n}`;
  }
}
const freshSignature = (m: VisitorModel) => (++m.clock).toString(16).padStart(64, 'a');
const freshData = (m: VisitorModel) => `val${++m.clock}`;

const asInput = (field: UserField, value: string) => (field === 'company' ? { name: value } : value);

interface UserSpec {
  fields: Record<UserField, ValueSpec>;
  signed: boolean;
}
const userSpec: fc.Arbitrary<UserSpec> = fc.record({
  fields: fc.record({ email: valueSpec, phone: valueSpec, nickname: valueSpec, avatar: valueSpec, company: valueSpec }),
  signed: fc.boolean(),
});

/** The concrete user object of a step, and the same change for the model. */
function resolveUser(m: VisitorModel, spec: UserSpec): { input: CrispUser; change: model.UserChange } {
  const input: Record<string, unknown> = {};
  const values: Partial<Record<UserField, string | null>> = {};
  let signature: string | null | undefined;
  for (const field of USER_FIELDS) {
    const kind = spec.fields[field];
    if (kind === 'absent') continue;
    const value =
      kind === 'null' ? null : kind === 'same' ? (m.user.get(field) ?? freshValue(m, field)) : freshValue(m, field);
    values[field] = value;
    input[field] = value === null ? null : asInput(field, value);
    if (field === 'email' && value !== null) {
      signature =
        kind === 'same' && value === m.user.get('email') ? m.signature : spec.signed ? freshSignature(m) : null;
      if (signature) input['signature'] = signature;
    }
  }
  return { input: input as CrispUser, change: { values, ...(signature !== undefined ? { signature } : {}) } };
}

type DataSpec = [key: number, value: 'fresh' | 'same' | 'null' | 'empty'];
const dataSpec = fc.array(
  fc.tuple(fc.nat(DATA_KEYS.length - 1), fc.constantFrom<DataSpec[1]>('fresh', 'fresh', 'same', 'null', 'empty')),
  { minLength: 1, maxLength: 3 },
);
function resolveData(m: VisitorModel, spec: DataSpec[]) {
  const input: CrispSessionData = {};
  const change = new Map<string, string | null>();
  for (const [index, kind] of spec) {
    const key = DATA_KEYS[index]!;
    const value = kind === 'fresh' ? freshData(m) : kind === 'same' ? (m.data.get(key) ?? freshData(m)) : null;
    // `null` and `''` both delete.
    input[key] = value ?? (kind === 'empty' ? '' : null);
    change.set(key, value);
  }
  return { input, change };
}

/** Up to three distinct segments: from a small pool (shared between visitors) or fresh. */
const segmentSpec = (pool: string[]) =>
  fc.uniqueArray(fc.oneof(fc.constantFrom(...pool), fc.constant('fresh')), { maxLength: 3 });
const resolveSegments = (m: VisitorModel, spec: string[], prefix: string) =>
  spec.map((s) => (s === 'fresh' ? `${prefix}${++m.clock}` : s));

const show = (value: unknown) => JSON.stringify(value);

/** A new step object per sequence: each remembers its own concrete call. */
const each = (make: () => Step) => fc.constant(null).map(make);

/** One step: what it does to the model and the page, checked after it runs. */
class Step implements fc.AsyncCommand<VisitorModel, ModelPage> {
  /** The concrete call of the last run, so a counterexample reads as code. */
  private last: string | undefined;
  constructor(
    private readonly label: string,
    private readonly act: (m: VisitorModel, page: ModelPage) => string | Promise<string>,
    private readonly allowed: (m: VisitorModel) => boolean = () => true,
    private readonly settles = false,
  ) {}
  check(m: Readonly<VisitorModel>): boolean {
    return this.allowed(m as VisitorModel);
  }
  async run(m: VisitorModel, page: ModelPage): Promise<void> {
    this.last = await this.act(m, page);
    model.rememberTokenSession(m);
    if (this.settles) checkSettled(m, page);
    else checkAlways(m, page);
  }
  toString(): string {
    return this.last ?? this.label;
  }
}

const revokeMark = (page: ModelPage): model.RevokeMark => ({
  // Pushes the live client holds until its init were sent before the revoke: they run later, but
  // nothing can take them back (Crisp's own queue).
  commands: page.fake.commands.length,
  waiting: page.fake.waiting.map((command) => JSON.stringify(command)),
  live: page.fake.live !== null,
});

export const clientOptions: fc.Arbitrary<ClientOptions> = fc.record({
  load: fc.constantFrom<ClientOptions['load']>('eager', 'manual'),
  consent: fc.boolean(),
  tokenId: fc.option(fc.constantFrom(...TOKENS), { nil: undefined, freq: 3 }),
  locale: fc.option(fc.constantFrom(...LOCALES), { nil: undefined, freq: 3 }),
});

export const describeOptions = (options: ClientOptions) =>
  `createCrisp(${show({
    load: options.load,
    ...(options.consent ? { consent: 'required' } : {}),
    ...(options.tokenId !== undefined ? { tokenId: options.tokenId } : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
  })})`;

type NamedStep = [name: string, step: fc.Arbitrary<fc.AsyncCommand<VisitorModel, ModelPage>>];

const kitSteps = (core: ModelPage['core']): NamedStep[] => [
  [
    'load',
    each(
      () =>
        new Step('load', (m, page) => {
          page.crisp.load();
          return 'crisp.load()';
        }),
    ),
  ],
  [
    'login',
    fc
      .record({
        token: fc.constantFrom(...TOKENS),
        user: userSpec,
        data: fc.option(dataSpec),
        segments: fc.option(segmentSpec(SEGMENTS)),
      })
      .map(
        (spec) =>
          new Step('login', (m, page) => {
            const { input, change } = resolveUser(m, spec.user);
            const data = spec.data ? resolveData(m, spec.data) : undefined;
            const segments = spec.segments ? resolveSegments(m, spec.segments, 'seg') : undefined;
            const visitor: CrispLogin = {
              tokenId: spec.token,
              ...input,
              ...(data ? { data: data.input } : {}),
              ...(segments ? { segments } : {}),
            };
            model.login(m, { ...change, tokenId: spec.token, data: data?.change, segments });
            core.login(page.crisp, visitor);
            return `login(crisp, ${show(visitor)})`;
          }),
      ),
  ],
  [
    'logout',
    each(
      () =>
        new Step('logout', (m, page) => {
          model.logout(m);
          core.logout(page.crisp);
          return 'logout(crisp)';
        }),
    ),
  ],
  [
    'setUser',
    userSpec.map(
      (spec) =>
        new Step('setUser', (m, page) => {
          const { input, change } = resolveUser(m, spec);
          model.setUser(m, change);
          core.setUser(page.crisp, input);
          return `setUser(crisp, ${show(input)})`;
        }),
    ),
  ],
  [
    'setSessionData',
    dataSpec.map(
      (spec) =>
        new Step('setSessionData', (m, page) => {
          const { input, change } = resolveData(m, spec);
          model.setSessionData(m, change);
          core.setSessionData(page.crisp, input);
          return `setSessionData(crisp, ${show(input)})`;
        }),
    ),
  ],
  [
    'setSegments',
    fc.tuple(segmentSpec(SEGMENTS), fc.boolean()).map(
      ([spec, overwrite]) =>
        new Step('setSegments', (m, page) => {
          const list = resolveSegments(m, spec, 'seg');
          model.setSegments(m, list, overwrite);
          core.setSegments(page.crisp, list, overwrite);
          return `setSegments(crisp, ${show(list)}, ${overwrite})`;
        }),
    ),
  ],
  [
    'setLocale',
    fc.constantFrom(...LOCALES).map(
      (locale) =>
        new Step('setLocale', (m, page) => {
          model.setLocale(m, locale);
          core.setLocale(page.crisp, locale);
          return `setLocale(crisp, ${show(locale)})`;
        }),
    ),
  ],
  [
    'contribute',
    fc
      .record({
        keys: fc.uniqueArray(fc.nat(PAGE_KEYS.length - 1), { maxLength: 2 }),
        segments: segmentSpec(PAGE_SEGMENTS),
      })
      .map(
        (spec) =>
          new Step('contribute', (m, page) => {
            const data = new Map(spec.keys.map((k) => [PAGE_KEYS[k]!, freshData(m)]));
            const segments = resolveSegments(m, spec.segments, 'page');
            const contribution = {
              ...(data.size ? { data: Object.fromEntries(data) } : {}),
              ...(segments.length ? { segments } : {}),
            };
            model.contribute(m, data, segments);
            page.contributionReleases.push(core.contribute(page.crisp, contribution));
            return `const c${page.contributionReleases.length - 1} = contribute(crisp, ${show(contribution)})`;
          }),
      ),
  ],
  [
    'release contribution',
    fc.nat(7).map(
      (index) =>
        new Step(
          'release contribution',
          (m, page) => {
            const live = m.contributions.flatMap((c, i) => (c.live ? [i] : []));
            const chosen = live[index % live.length]!;
            model.releaseContribution(m, chosen);
            page.contributionReleases[chosen]!();
            return `c${chosen}() // release`;
          },
          (m) => m.contributions.some((c) => c.live),
        ),
    ),
  ],
  [
    'hideChat',
    each(
      () =>
        new Step('hideChat', (m, page) => {
          m.holds.push(true);
          page.holdReleases.push(core.hideChat(page.crisp));
          return `const h${page.holdReleases.length - 1} = hideChat(crisp)`;
        }),
    ),
  ],
  [
    'release hold',
    fc.nat(7).map(
      (index) =>
        new Step(
          'release hold',
          (m, page) => {
            const live = m.holds.flatMap((held, i) => (held ? [i] : []));
            const chosen = live[index % live.length]!;
            m.holds[chosen] = false;
            page.holdReleases[chosen]!();
            return `h${chosen}() // release`;
          },
          (m) => m.holds.some(Boolean),
        ),
    ),
  ],
  [
    'grantConsent',
    each(
      () =>
        new Step('grantConsent', (m, page) => {
          model.grantConsent(m);
          core.grantConsent(page.crisp);
          return 'grantConsent(crisp)';
        }),
    ),
  ],
  [
    'revokeConsent',
    each(
      () =>
        new Step('revokeConsent', (m, page) => {
          model.revokeConsent(m, revokeMark(page));
          core.revokeConsent(page.crisp);
          return 'revokeConsent(crisp)';
        }),
    ),
  ],
  [
    'destroy + createCrisp',
    clientOptions.map(
      (options) =>
        new Step('destroy + createCrisp', (m, page) => {
          // A page that required consent keeps requiring it.
          const setup = m.revoke ? { ...options, consent: true } : options;
          page.crisp.destroy();
          model.replaceClient(m, setup, lTags());
          page.crisp = createClient(page, setup);
          page.contributionReleases = [];
          page.holdReleases = [];
          return `crisp.destroy(); crisp = ${describeOptions(setup)}`;
        }),
    ),
  ],
  [
    'raw push',
    fc
      .oneof(
        fc.record({
          kind: fc.constant('user' as const),
          field: fc.constantFrom('email' as const, 'nickname' as const),
        }),
        fc.record({ kind: fc.constant('data' as const), key: fc.constantFrom(...DATA_KEYS) }),
        fc.record({ kind: fc.constant('segment' as const), segment: fc.constantFrom(...SEGMENTS, 'fresh') }),
      )
      .map(
        (spec) =>
          new Step('raw push', (m, page) => {
            if (spec.kind === 'user') {
              const value = freshValue(m, spec.field);
              model.rawPush(m, { kind: 'user', field: spec.field, value });
              const command: CrispCommand =
                spec.field === 'email' ? ['set', 'user:email', [value]] : ['set', 'user:nickname', [value]];
              page.crisp.push(command);
              return `crisp.push(${show(command)})`;
            }
            if (spec.kind === 'data') {
              const value = freshData(m);
              model.rawPush(m, { kind: 'data', key: spec.key, value });
              const command: CrispCommand = ['set', 'session:data', [[[spec.key, value]]]];
              page.crisp.push(command);
              return `crisp.push(${show(command)})`;
            }
            const segment = spec.segment === 'fresh' ? `seg${++m.clock}` : spec.segment;
            model.rawPush(m, { kind: 'segment', segment });
            const command: CrispCommand = ['set', 'session:segments', [[segment], false]];
            page.crisp.push(command);
            return `crisp.push(${show(command)})`;
          }),
      ),
  ],
];

/**
 * A full navigation (a link, `location.assign` after a sign-out in the same task): the next page
 * creates its client with the visitor the app wants there, the same token, another one, or none.
 */
const navigateStep: NamedStep = [
  'navigate',
  fc
    .record({
      // Most pages are left once Crisp has loaded on them, some in the middle of their start-up.
      settled: fc.boolean(),
      visitor: fc.constantFrom('same', 'other', 'none'),
      other: fc.nat(TOKENS.length - 2),
      load: fc.constantFrom<ClientOptions['load']>('eager', 'manual'),
      consent: fc.boolean(),
      locale: fc.option(fc.constantFrom(...LOCALES), { nil: undefined, freq: 3 }),
    })
    .map(
      (spec) =>
        new Step('navigate', async (m, page) => {
          let first = '';
          if (spec.settled) {
            await settle(page);
            checkSettled(m, page);
            first = 'await settled(); ';
          }
          const current = m.tokenKnown ? m.token : null;
          const others = TOKENS.filter((token) => !model.sameToken(token, current));
          const tokenId =
            spec.visitor === 'none'
              ? undefined
              : spec.visitor === 'same' && current !== null
                ? current
                : others[spec.other % others.length];
          const options: ClientOptions = { load: spec.load, consent: spec.consent, tokenId, locale: spec.locale };
          // The new page's client is created before its first step, as an app's start-up does.
          model.navigate(m, options, 0, storedSessions());
          navigatePage(page, options);
          return `${first}fake = fake.navigate(); crisp = ${describeOptions(options)}`;
        }),
    ),
];

/** `setVisitor(crisp, { tokenId?, user?, locale?, consent? })`, the declarative form, once the core has it. */
type SetVisitor = (
  crisp: ModelPage['crisp'],
  visitor: {
    tokenId?: Token | null;
    user?: CrispUser | null;
    locale?: string;
    consent?: 'required' | 'granted' | 'revoked';
  },
) => void;

const setVisitorStep = (setVisitor: SetVisitor) =>
  fc
    .record({
      token: fc.option(fc.option(fc.constantFrom(...TOKENS), { nil: null }), { nil: undefined }),
      user: fc.option(fc.option(userSpec, { nil: null }), { nil: undefined }),
      locale: fc.option(fc.constantFrom(...LOCALES), { nil: undefined, freq: 3 }),
      consent: fc.option(fc.constantFrom('granted' as const, 'revoked' as const), { nil: undefined, freq: 3 }),
    })
    .map(
      (spec) =>
        new Step('setVisitor', (m, page) => {
          let user: Partial<Record<UserField, string>> | null | undefined = spec.user === null ? null : undefined;
          let signature: string | undefined;
          if (spec.user) {
            // The whole user: a field left out (or null) is forgotten.
            user = {};
            for (const field of USER_FIELDS) {
              const kind = spec.user.fields[field];
              if (kind === 'fresh') user[field] = freshValue(m, field);
              else if (kind === 'same' && m.user.has(field)) user[field] = m.user.get(field)!;
            }
            if (user.email)
              signature =
                user.email === m.user.get('email')
                  ? (m.signature ?? undefined)
                  : spec.user.signed
                    ? freshSignature(m)
                    : undefined;
          }
          const input = {
            ...(spec.token !== undefined ? { tokenId: spec.token } : {}),
            ...(user !== undefined
              ? {
                  user:
                    user &&
                    ({
                      ...Object.fromEntries(Object.entries(user).map(([f, v]) => [f, asInput(f as UserField, v)])),
                      ...(signature ? { signature } : {}),
                    } as CrispUser),
                }
              : {}),
            ...(spec.locale !== undefined ? { locale: spec.locale } : {}),
            ...(spec.consent !== undefined ? { consent: spec.consent } : {}),
          };
          model.setVisitor(
            m,
            { tokenId: spec.token, user, signature, locale: spec.locale, consent: spec.consent },
            revokeMark(page),
          );
          setVisitor(page.crisp, input);
          return `setVisitor(crisp, ${show(input)})`;
        }),
    );

const fakeSteps: NamedStep[] = [
  [
    'l.js executes',
    each(
      () =>
        new Step('l.js executes', (m, page) =>
          executeLoader(page) ? 'await fake.executeLoader()' : '// nothing to serve',
        ),
    ),
  ],
  [
    'client.js arrives',
    each(
      () =>
        new Step('client.js arrives', (m, page) => (startClient(page) ? 'fake.startClient()' : '// no client held')),
    ),
  ],
  ['init', each(() => new Step('init', (m, page) => (releaseInit(page) ? 'fake.releaseInit()' : '// init not held')))],
  [
    'session loads',
    each(
      () => new Step('session loads', (m, page) => (loadSession(page) ? 'fake.becomeReady()' : '// session not held')),
    ),
  ],
  // One macrotask of the fake (or of the kit): the client goes live, runs its queue, a session loads.
  [
    'fake step',
    each(
      () =>
        new Step('fake step', async () => {
          await vi.advanceTimersToNextTimerAsync();
          return 'await vi.advanceTimersToNextTimerAsync()';
        }),
    ),
  ],
  [
    'settle',
    each(
      () =>
        new Step(
          'settle',
          async (m, page) => {
            await settle(page);
            return 'await settled() // then the session is checked';
          },
          () => true,
          true,
        ),
    ),
  ],
];

/** Every step, weighted so that sequences mix calls and the fake's progress. */
export function allSteps(
  core: ModelPage['core'],
  skip: readonly string[] = [],
): fc.Arbitrary<fc.AsyncCommand<VisitorModel, ModelPage>>[] {
  const setVisitor = (core as { setVisitor?: unknown }).setVisitor;
  const steps: NamedStep[] = [
    ...kitSteps(core),
    ...(typeof setVisitor === 'function'
      ? [['setVisitor', setVisitorStep(setVisitor as SetVisitor)] as NamedStep]
      : []),
    // Three times: a navigation matters after the fake's steps and the kit's calls of a page.
    navigateStep,
    navigateStep,
    navigateStep,
    ...fakeSteps,
    ...fakeSteps,
  ];
  return steps.filter(([name]) => !skip.includes(name)).map(([, step]) => step);
}

/** The names `allSteps` can skip. */
export const STEP_NAMES = [
  ...new Set([...kitSteps(null as never), ...fakeSteps].map(([name]) => name)),
  'setVisitor',
  navigateStep[0],
];

/** The end of every sequence: load if allowed, let the fake process everything, check the session. */
export async function finish(m: VisitorModel, page: ModelPage): Promise<void> {
  page.crisp.load();
  await settle(page);
  checkSettled(m, page);
}
