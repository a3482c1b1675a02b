// Script-tag build: any element with data-crisp-open opens the chat on click, with no page JS.
import type { CrispClient } from './types';

/**
 * One delegated listener on the document also covers elements added later. `client()` is read at
 * click time, so the listener talks to the page's current client. When Crisp failed to load the
 * click is left alone, so `<a href="mailto:…" data-crisp-open>` still works as a fallback.
 */
export function openLinks(d: Document, client: () => CrispClient | null): void {
  d.addEventListener('click', (event) => {
    const crisp = (event.target as Element).closest?.('[data-crisp-open]') && client();
    if (crisp && crisp.getState().status != 'failed') {
      event.preventDefault();
      crisp.do('chat:open');
    }
  });
}
