// The few checks production keeps: they protect the page and other valid data, not Crisp.
import { textOf } from '../client/errors';

/**
 * Whether a phone value is safe to hand to Crisp: its own check backtracks exponentially on a
 * long run of digits followed by a letter, freezing the page. Letters are only allowed in the
 * extension word, so no such value ever reaches it. Linear time.
 */
export const isSafePhone = (value: unknown): boolean =>
  !/[^\d\s()+\-./\\#]/.test(textOf(value).replace(/(ext(ension)?\.?|x)\s*\d*\s*$/i, ''));

/**
 * A session-data key Crisp accepts (as an object key, so as text): one bad key makes it drop the
 * whole command, good pairs included.
 */
export const isDataKey = (key: unknown): boolean => /^[\w\\-]{1,50}$/.test(textOf(key));

/** A session-data value Crisp accepts: a string, a number or a boolean. */
export const isDataValue = (value: unknown): boolean => /^(string|number|boolean)$/.test(typeof value);

/** A plain object (not null, not an array): what the kit's object parameters must be. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);
