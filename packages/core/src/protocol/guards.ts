// The few checks production keeps: they protect the page and other valid data, not Crisp.
import { textOf } from '../client/errors';

/**
 * Whether a phone value is safe to hand to Crisp: its own check backtracks exponentially on a
 * long run of digits followed by a letter, freezing the page. Letters are only allowed in the
 * extension word, so no such value ever reaches it. Linear time.
 */
export const isSafePhone = (value: unknown): boolean =>
  !/[^\d\s()+\-./\\#]/.test(textOf(value).replace(/(ext(ension)?\.?|x)\s*\d*\s*$/i, ''));

/** A session-data key Crisp accepts: one bad key makes it drop the whole command, good pairs too. */
export const isDataKey = (key: unknown): boolean => typeof key === 'string' && /^[\w-]{1,50}$/.test(key);

/** A session-data value Crisp accepts: a string, a finite number or a boolean. */
export const isDataValue = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && isFinite(value));

/** A plain object (not null, not an array): what the kit's object parameters must be. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);
