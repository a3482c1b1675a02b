// Script-tag build: finds the kit's own <script> tag and turns its data-* attributes into CrispOptions.
import type { CrispOptions } from '../contract/types';
import { interaction } from '../loader/interaction';

/** `data-safe-mode` and `data-debug` are flags: present (or `"true"`) means on, `"false"` off. */
const flag = (value: string | undefined): boolean => value != null && value !== 'false';

/**
 * The attributes read are website-id, load, consent, locale, token-id, script-url, safe-mode and debug:
 * their dataset names are the option names, so the dataset is the options object. Values are
 * passed on unchecked so that createCrisp's own checks name a bad one; an absent attribute is
 * `undefined`, which createCrisp treats as "not given".
 */
export function tagOptions(tag: HTMLScriptElement): CrispOptions {
  const d = tag.dataset;
  const options: CrispOptions = {
    ...(d as unknown as CrispOptions),
    // The one strategy that is a function; the others are the attribute's own words.
    ...(d.load === 'interaction' && { load: interaction }),
    safeMode: flag(d.safeMode),
    // Browsers hide the nonce attribute once parsed (getAttribute returns ""); the property keeps it.
    nonce: tag.nonce,
  };
  // Logging exists only in crispkit.dev.iife.js; the minified build has no debug code to turn on.
  if (process.env.NODE_ENV !== 'production') options.debug = flag(d.debug);
  return options;
}

/**
 * The kit's own tag: the one running now; when `document.currentScript` is unavailable (the
 * file was loaded as a module or run from a callback), the last crispkit(.dev).iife.js tag.
 */
export function ownTag(d: Document): HTMLScriptElement | undefined {
  const tags = d.querySelectorAll<HTMLScriptElement>('script[src*="crispkit"][src*=".iife.js"]');
  return (d.currentScript as HTMLScriptElement | null) || tags[tags.length - 1];
}
