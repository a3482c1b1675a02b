// The `interaction` load strategy: l.js on the visitor's first pointer, key or scroll.
import type { CrispLoadTrigger } from '../contract/types';

// pointerdown covers mouse, pen and touch alike.
const INTERACTIONS = ['pointerdown', 'keydown', 'scroll'];

/**
 * `createCrisp({ websiteId, load: interaction })`: nothing of Crisp is fetched until the visitor
 * interacts with the page, which keeps it off the page's start-up entirely.
 */
export const interaction: CrispLoadTrigger = (load, page) => {
  const go = () => {
    stop();
    load();
  };
  const stop = () => INTERACTIONS.forEach((type) => page.removeEventListener(type, go, true));
  INTERACTIONS.forEach((type) => page.addEventListener(type, go, { capture: true, passive: true }));
  return stop;
};
