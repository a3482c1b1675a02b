// Script-tag build: any element with data-crisp-open opens the chat on click, with no page JS,
// and warms Crisp up when the pointer goes over it or it gets focus.
import type { CrispClient } from '../contract/types';
import { warmUp } from '../loader/warm-up';

/**
 * Delegated listeners on the document also cover elements added later. `client()` is read at
 * event time, so they talk to the page's current client. When Crisp failed to load the click is
 * left alone, so `<a href="mailto:…" data-crisp-open>` still works as a fallback.
 */
export function openLinks(d: Document, client: () => CrispClient | null): void {
  const target = (event: Event) => (event.target as Element).closest?.('[data-crisp-open]') && client();
  d.addEventListener('click', (event) => {
    const crisp = target(event);
    if (crisp && crisp.getState().status !== 'failed') {
      event.preventDefault();
      crisp.do('chat:open');
    }
  });
  // warmUp itself does nothing before consent, once loading started, and after its first time.
  const intent = (event: Event) => {
    const crisp = target(event);
    if (crisp) warmUp(crisp);
  };
  d.addEventListener('pointerover', intent);
  d.addEventListener('focusin', intent);
}
