// <CrispLauncher>: a light stand-in for Crisp's launcher until the real one is ready.
import { defineComponent, h, mergeProps, ref, type CSSProperties, type SlotsType, type VNodeChild } from 'vue';
import { warmUp } from '@crispkit/core';
import { useCrisp } from './injection';
import { useCrispStatus } from './composables/selectors';

// Where Crisp draws its own launcher, so nothing moves when the real one replaces this.
const STYLE: CSSProperties = {
  position: 'fixed',
  right: '24px',
  bottom: '24px',
  zIndex: 1000000,
  width: '60px',
  height: '60px',
  border: 0,
  borderRadius: '50%',
  background: '#1972f5',
  color: '#fff',
  boxShadow: '0 4px 10px rgba(0,0,0,.25)',
  cursor: 'pointer',
  display: 'grid',
  placeItems: 'center',
};

// Inline styles cannot express :focus-visible or an animation; this rule is the focus ring a
// keyboard user sees (outside the blue circle) and the loading spinner.
const CSS =
  '.crispkit-launcher:focus-visible{outline:3px solid #1972f5;outline-offset:3px}' +
  '.crispkit-spin{animation:crispkit-spin 1s linear infinite}' +
  '@keyframes crispkit-spin{to{transform:rotate(360deg)}}';

const spinner = () =>
  h(
    'svg',
    {
      'aria-hidden': 'true',
      class: 'crispkit-spin',
      width: 28,
      height: 28,
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 3,
    },
    [h('path', { d: 'M12 3a9 9 0 1 0 9 9', 'stroke-linecap': 'round' })],
  );

const icon = () =>
  h('svg', { width: 30, height: 30, viewBox: '0 0 24 24', fill: 'currentColor', 'aria-hidden': 'true' }, [
    h('path', { d: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z' }),
  ]);

export interface CrispLauncherProps {
  /** Accessible name of the button. Default "Open chat". */
  label?: string | undefined;
}

/** `default` replaces the chat icon; `fallback` renders instead when Crisp could not load (e.g. a mailto link). */
export type CrispLauncherSlots = SlotsType<{ default?: () => VNodeChild; fallback?: () => VNodeChild }>;

/**
 * A button that looks like Crisp's launcher, for `load: interaction` or `'manual'`: no Crisp
 * byte is fetched until the visitor clicks. Hover or focus warms up (the core's warmUp: a
 * preconnect and prefetches, once per page, never before consent); a click loads Crisp, shows a
 * spinner, and opens the chat once (one `chat:open`) when it is ready. Then the button goes,
 * leaving Crisp's own launcher. If Crisp fails to load, the `fallback` slot renders instead.
 * The default slot replaces the chat icon; `class`, `style` and listeners go to the button.
 */
export const CrispLauncher = /* @__PURE__ */ defineComponent(
  (props: CrispLauncherProps, { attrs, slots }) => {
    const client = useCrisp();
    const status = useCrispStatus();
    const waiting = ref(false);
    // The core's warmUp does nothing before consent, after its first time, or once loading started.
    const warm = () => warmUp(client);
    const open = () => {
      if (waiting.value) return;
      waiting.value = true;
      // Queued like any command: it starts the load (after consent, when required) and Crisp
      // opens the chat as soon as it is live, exactly once.
      client.do('chat:open');
    };
    return () => {
      if (status.value == 'failed') return slots.fallback?.();
      // Crisp's own launcher is there for good once ready (the status never goes back).
      if (status.value == 'ready') return null;
      return [
        h('style', CSS),
        h(
          'button',
          mergeProps(
            {
              type: 'button',
              'aria-label': props.label || 'Open chat',
              'aria-busy': waiting.value,
              class: 'crispkit-launcher',
              style: STYLE,
              onPointerenter: warm,
              onFocus: warm,
              onClick: open,
            },
            attrs,
          ),
          [waiting.value ? spinner() : slots.default ? slots.default() : icon()],
        ),
      ];
    };
  },
  {
    name: 'CrispLauncher',
    props: ['label'],
    // Two root nodes (the rule and the button): attributes go to the button explicitly.
    inheritAttrs: false,
    slots: Object as CrispLauncherSlots,
  },
);
