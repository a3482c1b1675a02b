// Development-only logging of commands, state and events with personal data redacted.

const EMAIL = /[^\s@"]+@[^\s@"]+\.[^\s@"]+/g;
const PHONE = /\+?\d[\d ().-]{5,}\d/g;

/** JSON of a value with emails and phone-like numbers replaced; functions shown by name. */
export const redact = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'function'
      ? '[function]'
      : typeof v === 'string'
        ? v.replace(EMAIL, '[email]').replace(PHONE, '[phone]')
        : v,
  );

export const debugLog = (kind: 'command' | 'state' | 'event', value: unknown): void =>
  console.debug('[crispkit] ' + kind, redact(value));
