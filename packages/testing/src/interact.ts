// A user interaction as a browser dispatches it, for wrappers that load Crisp on the first one.
import type { FakeInteraction } from './types';

type EventConstructor = new (type: string, init: EventInit) => Event;

function constructorFor(win: Window, type: FakeInteraction): EventConstructor {
  const ctors = win as unknown as Record<string, EventConstructor | undefined>;
  const Base = ctors.Event as EventConstructor;
  const wanted: Record<FakeInteraction, string> = {
    pointerdown: 'PointerEvent',
    mousedown: 'MouseEvent',
    mouseover: 'MouseEvent',
    touchstart: 'TouchEvent',
    keydown: 'KeyboardEvent',
    focusin: 'FocusEvent',
    scroll: 'Event',
  };
  // jsdom lacks some (PointerEvent in older versions, TouchEvent): the closest one then.
  return ctors[wanted[type]] ?? ctors.MouseEvent ?? Base;
}

/** Dispatches `type` so it bubbles to the document and the window (capture listeners see it first). */
export function dispatchInteraction(win: Window, type: FakeInteraction, target?: EventTarget): void {
  const doc = win.document;
  // A page scroll fires at the document and bubbles to the window.
  const at = target ?? (type === 'scroll' ? doc : (doc.body ?? doc.documentElement));
  const Ctor = constructorFor(win, type);
  at.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: type !== 'scroll', composed: true }));
}
