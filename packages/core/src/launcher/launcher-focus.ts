// Where focus goes once the launcher is gone. The button had focus when the visitor activated it;
// when it goes (Crisp is ready, or failed), focus would fall to <body> and a keyboard or screen
// reader user would have to search the page for the chat. So it moves into the chat once Crisp
// opens it, or onto the fallback, but only when it was lost: a visitor who moved on meanwhile
// keeps their place.
import type { CrispClient } from '../contract/types';

/** Focus was lost: nothing, or the page itself, has it. */
const lost = (document: Document) => {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
};

/** Focuses `element`; true when it took focus (a hidden or not yet rendered one does not). */
const take = (element: HTMLElement) => {
  element.focus();
  return (element.getRootNode() as Document | ShadowRoot).activeElement === element;
};

/**
 * The chat's message field. Crisp's client draws its chatbox as `#crisp-chatbox` and its message
 * field as `textarea[name="message"]`; the kit's fake (@crispkit/testing) draws the same in an
 * open shadow root.
 */
function messageField(document: Document): HTMLElement | null {
  const chatbox = document.getElementById('crisp-chatbox');
  const root = chatbox?.shadowRoot ?? chatbox;
  return root?.querySelector<HTMLElement>('[name="message"]') ?? null;
}

// Crisp draws the chat after it reports it open: a few tries, each a frame's time apart.
const TRIES = 40;
const INTERVAL_MS = 50;

/**
 * Once the chat is open, moves focus to its message field if focus was lost (call it when the
 * visitor activated the launcher). Returns the cancel function; it gives up after two seconds.
 */
export function focusChatWhenOpen(crisp: CrispClient, document: Document): () => void {
  const view = document.defaultView;
  let timer: number | undefined;
  let tries = 0;
  let done = false;
  const attempt = () => {
    timer = undefined;
    if (done || !lost(document)) return cancel();
    const field = messageField(document);
    if (field && take(field)) return cancel();
    if (++tries < TRIES && view) timer = view.setTimeout(attempt, INTERVAL_MS);
    else cancel();
  };
  // Never called synchronously: the store calls its listeners on a later change only.
  const unsubscribe = crisp.subscribe((state) => {
    if (state.chatOpened && timer === undefined && !done) attempt();
  });
  function cancel() {
    done = true;
    unsubscribe();
    if (timer !== undefined) view?.clearTimeout(timer);
  }
  if (crisp.getState().chatOpened) attempt();
  return cancel;
}

// A disabled or hidden one does not take focus: `take` tells, and the next candidate is tried.
const FOCUSABLE = 'a[href],button,input,select,textarea,[tabindex]';

/**
 * Moves focus to the first focusable element in `container` (the launcher's fallback, e.g. a
 * mailto link) if focus was lost. Returns whether it did.
 */
export function focusFallback(container: Element): boolean {
  if (!lost(container.ownerDocument)) return false;
  const candidates = [container, ...container.querySelectorAll(FOCUSABLE)];
  return candidates.some((element) => element.matches(FOCUSABLE) && take(element as HTMLElement));
}
