// Crisp already on the page: its loader tag in either URL form, so the kit adopts it instead of
// loading a second one (two loaders run client.js twice and lose what was queued on the first).
import type { Page } from './page';

// https://client.crisp.chat/l.js and https://client.crisp.chat/l/<website-id>.js
const CRISP_LOADER = /^https:\/\/client\.crisp\.chat\/l(\/([\w-]+))?\.js([?#]|$)/i;

export interface Embed {
  tag: HTMLScriptElement;
  /** The website id in the loader URL, when it has one. */
  websiteId: string | undefined;
}

/** Crisp's loader tag already on the page (or a tag of the kit's own script URL), if any. */
export function findEmbed(page: Page, scriptUrl: string | undefined): Embed | undefined {
  const own = scriptUrl && new URL(scriptUrl, page.location.href).href;
  for (const tag of page.document.querySelectorAll('script[src]')) {
    const src = (tag as HTMLScriptElement).src;
    const match = CRISP_LOADER.exec(src);
    if (match || src === own) return { tag: tag as HTMLScriptElement, websiteId: match?.[2] };
  }
  return undefined;
}
