// The console's command table: every do action, set key and config key with the form of its
// arguments. `satisfies` ties it to the kit's protocol types: a missing or renamed command, an
// argument too many or too few, or a wrong field kind is a compile error.
import type {
  CrispConfigKey,
  CrispConfigKeys,
  CrispDoAction,
  CrispDoActions,
  CrispSetKey,
  CrispSetKeys,
} from '@crispkit/core';
import type { CommandForm, FormFor } from './arg-spec';

const json = (value: unknown) => JSON.stringify(value);

/** Keys Crisp also takes in a flat form (`session:data` as key, value): the console offers the list form. */
type ListForm<T extends readonly unknown[]> =
  Extract<T, readonly [readonly unknown[], ...unknown[]]> extends never
    ? T
    : Extract<T, readonly [readonly unknown[], ...unknown[]]>;

const SENDABLE = {
  text: [{ kind: 'text', label: 'text', default: 'Hello from the playground' }],
  file: [
    {
      kind: 'json',
      label: 'file',
      default: json({ url: 'https://example.com/invoice.pdf', type: 'application/pdf', name: 'invoice.pdf' }),
    },
  ],
  animation: [
    { kind: 'json', label: 'animation', default: json({ url: 'https://example.com/wave.gif', type: 'image/gif' }) },
  ],
  audio: [
    {
      kind: 'json',
      label: 'audio',
      default: json({ url: 'https://example.com/note.webm', type: 'audio/webm', duration: 4 }),
    },
  ],
} as const;

export const DO_FORMS = {
  'chat:open': [],
  'chat:close': [],
  'chat:toggle': [],
  'chat:show': [],
  'chat:hide': [],
  'message:send': { variants: SENDABLE },
  'message:show': {
    variants: {
      ...SENDABLE,
      text: [{ kind: 'text', label: 'text', default: 'A local message only this visitor sees' }],
      picker: [
        {
          kind: 'json',
          label: 'picker',
          default: json({
            id: 'plan',
            text: 'Which plan are you on?',
            choices: [
              { value: 'free', label: 'Free', selected: false },
              { value: 'pro', label: 'Pro', selected: false },
            ],
          }),
        },
      ],
      field: [
        {
          kind: 'json',
          label: 'field',
          default: json({ id: 'phone', text: 'Your phone?', explain: 'We call back within 1 h' }),
        },
      ],
      carousel: [
        {
          kind: 'json',
          label: 'carousel',
          default: json({
            text: 'Guides',
            targets: [{ title: 'Install', actions: [{ label: 'Read', url: 'https://example.com' }] }],
          }),
        },
      ],
    },
  },
  'message:read': [],
  'message:thread:start': [{ kind: 'text', label: 'name', default: 'Billing question' }],
  'message:thread:end': [{ kind: 'text', label: 'name', optional: true }],
  'helpdesk:search': [],
  'helpdesk:query': [{ kind: 'text', label: 'query', default: 'refund' }],
  'helpdesk:article:open': [
    { kind: 'text', label: 'locale', default: 'en' },
    { kind: 'text', label: 'slug', default: 'getting-started' },
    { kind: 'text', label: 'title', optional: true },
    { kind: 'text', label: 'category', optional: true },
  ],
  'session:reset': [{ kind: 'boolean', label: 'reload', optional: true, hint: 'true reloads the page' }],
  'trigger:run': [{ kind: 'text', label: 'name', default: 'welcome' }],
  'bot:scenario:run': [
    { kind: 'text', label: 'name', default: 'onboarding' },
    { kind: 'json', label: 'variables', optional: true, default: json({ plan: 'pro', seats: 3 }) },
  ],
  'overlay:open': [{ kind: 'callback', label: 'callback', optional: true }],
  'overlay:close': [],
} satisfies { [A in CrispDoAction]: FormFor<CrispDoActions[A]> };

export const SET_FORMS = {
  'user:email': [
    { kind: 'text', label: 'email', default: 'ada@example.com' },
    { kind: 'text', label: 'signature', optional: true, hint: 'HMAC-SHA256, 64 hex chars, made on your server' },
  ],
  'user:phone': [{ kind: 'text', label: 'phone', default: '+33 6 12 34 56 78' }],
  'user:nickname': [{ kind: 'text', label: 'nickname', default: 'Ada Lovelace' }],
  'user:avatar': [{ kind: 'text', label: 'url', default: 'https://example.com/ada.png' }],
  'user:company': [
    { kind: 'text', label: 'name', default: 'Analytical Engines Ltd' },
    {
      kind: 'json',
      label: 'details',
      optional: true,
      default: json({ url: 'https://example.com', employment: ['CTO'] }),
    },
  ],
  'session:data': [
    {
      kind: 'json',
      label: 'data',
      default: json([
        ['plan', 'pro'],
        ['seats', 3],
      ]),
      hint: '[[key, value], …] or [key, value]',
    },
  ],
  'session:segments': [
    { kind: 'list', label: 'segments', default: 'customer, beta', hint: 'comma-separated' },
    { kind: 'boolean', label: 'overwrite', optional: true },
  ],
  'session:event': [{ kind: 'json', label: 'events', default: json([['signed_up', { plan: 'pro' }, 'green']]) }],
  'message:text': [{ kind: 'text', label: 'text', default: 'I have a question about…' }],
} satisfies { [K in CrispSetKey]: FormFor<ListForm<CrispSetKeys[K]>> };

const THEMES = [
  'default',
  'amber',
  'black',
  'blue',
  'blue_grey',
  'light_blue',
  'brown',
  'cyan',
  'green',
  'light_green',
  'grey',
  'indigo',
  'orange',
  'deep_orange',
  'pink',
  'purple',
  'deep_purple',
  'red',
  'teal',
] as const;

export const CONFIG_FORMS = {
  'availability:tooltip': [{ kind: 'boolean', label: 'value', default: true }],
  'hide:vacation': [{ kind: 'boolean', label: 'value', default: true }],
  'hide:on:away': [{ kind: 'boolean', label: 'value', default: true }],
  'hide:on:mobile': [{ kind: 'boolean', label: 'value', default: true }],
  'position:reverse': [{ kind: 'boolean', label: 'value', default: true }],
  'sound:mute': [{ kind: 'boolean', label: 'value', default: true }],
  'show:operator:count': [{ kind: 'boolean', label: 'value', default: true }],
  'container:index': [{ kind: 'number', label: 'z-index', default: 1000 }],
  'color:theme': [{ kind: 'choice', label: 'theme', options: THEMES, default: 'teal' }],
} satisfies { [K in CrispConfigKey]: FormFor<[CrispConfigKeys[K]]> };

export type Verb = 'do' | 'set' | 'config';

/** The table the console walks, widened once here so the UI can iterate it. */
export const FORMS: Record<Verb, Record<string, CommandForm>> = { do: DO_FORMS, set: SET_FORMS, config: CONFIG_FORMS };
