// <CrispLauncher>: a light stand-in for Crisp's launcher until the real one is ready. Its look,
// words and focus behaviour come from the core, shared with the other bindings.
import {
  defineComponent,
  h,
  mergeProps,
  ref,
  watch,
  type PropType,
  type SlotsType,
  type StyleValue,
  type VNodeChild,
} from 'vue';
import {
  LAUNCHER_CLASS,
  LAUNCHER_CSS,
  LAUNCHER_ICON_PATH,
  LAUNCHER_SPINNER_CLASS,
  LAUNCHER_SPINNER_PATH,
  LAUNCHER_STATUS_CLASS,
  LAUNCHER_STRINGS,
  focusChatWhenOpen,
  focusFallback,
  launcherAnnouncement,
  launcherOffset,
  warmUp,
  type LauncherOffset,
} from '@crispkit/core';
import { useCrisp } from './injection';
import { useCrispStatus } from './composables/selectors';

const spinner = () =>
  h(
    'svg',
    {
      'aria-hidden': 'true',
      class: LAUNCHER_SPINNER_CLASS,
      width: 28,
      height: 28,
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 3,
    },
    [h('path', { d: LAUNCHER_SPINNER_PATH, 'stroke-linecap': 'round' })],
  );

const icon = () =>
  h('svg', { width: 30, height: 30, viewBox: '0 0 24 24', fill: 'currentColor', 'aria-hidden': 'true' }, [
    h('path', { d: LAUNCHER_ICON_PATH }),
  ]);

export interface CrispLauncherProps {
  /** Accessible name of the button. Default "Open chat". */
  label?: string | undefined;
  /** Announced (politely) once the visitor activated the launcher, while Crisp loads. */
  loadingText?: string | undefined;
  /** Announced (politely) when Crisp could not load after the visitor activated the launcher. */
  failedText?: string | undefined;
  /** Distance from the window's right and bottom edges (px or a CSS length), default 24px each. */
  offset?: LauncherOffset | undefined;
}

/** `default` replaces the chat icon; `fallback` renders instead when Crisp could not load (e.g. a mailto link). */
export type CrispLauncherSlots = SlotsType<{ default?: () => VNodeChild; fallback?: () => VNodeChild }>;

/**
 * A button that looks like Crisp's launcher, for `load: interaction` or `'manual'`: no Crisp
 * byte is fetched until the visitor clicks. Hover or focus warms up (the core's warmUp: a
 * preconnect and prefetches, once per page, never before consent); a click loads Crisp, shows a
 * spinner (still under `prefers-reduced-motion`), says "Loading the chat…" in a polite live
 * region, and opens the chat once (one `chat:open`) when it is ready. Then the button goes,
 * leaving Crisp's own launcher, and focus moves into the chat. If Crisp fails to load, the
 * `fallback` slot renders instead, the failure is announced and focus moves onto the fallback.
 * The default slot replaces the chat icon; `class`, `style` and listeners go to the button.
 */
export const CrispLauncher = /* @__PURE__ */ defineComponent(
  (props: CrispLauncherProps, { attrs, slots }) => {
    const client = useCrisp();
    const status = useCrispStatus();
    const waiting = ref(false);
    const region = ref<HTMLElement | null>(null);
    const fallbackBox = ref<HTMLElement | null>(null);
    // Focus was on the button, which is gone: into the chat once open, or onto the fallback.
    watch(
      [status, waiting],
      ([now, activated], _, onCleanup) => {
        const document = region.value?.ownerDocument;
        if (!activated || !document) return;
        if (now == 'ready') onCleanup(focusChatWhenOpen(client, document));
        else if (now == 'failed' && fallbackBox.value) focusFallback(fallbackBox.value);
      },
      { flush: 'post' },
    );
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
      const announcement = launcherAnnouncement(status.value, waiting.value, {
        loading: props.loadingText || LAUNCHER_STRINGS.loading,
        failed: props.failedText || LAUNCHER_STRINGS.failed,
      });
      const live = h(
        'span',
        { key: 'status', ref: region, 'aria-live': 'polite', class: LAUNCHER_STATUS_CLASS },
        announcement,
      );
      // Crisp's own launcher is there for good once ready (the status never goes back); the live
      // region stays (empty) until then so that focusChatWhenOpen can find the document.
      if (status.value == 'ready') return waiting.value ? live : null;
      if (status.value == 'failed')
        return [
          h('style', LAUNCHER_CSS),
          live,
          h('span', { key: 'fallback', ref: fallbackBox, style: { display: 'contents' } }, [slots.fallback?.()]),
        ];
      return [
        h('style', LAUNCHER_CSS),
        live,
        h(
          'button',
          mergeProps(
            {
              type: 'button',
              'aria-label': props.label || LAUNCHER_STRINGS.label,
              'aria-busy': waiting.value,
              class: LAUNCHER_CLASS,
              style: launcherOffset(props.offset) as StyleValue,
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
    props: {
      label: String,
      loadingText: String,
      failedText: String,
      offset: Object as PropType<LauncherOffset>,
    },
    // Several root nodes (the rule, the live region, the button): attributes go to the button explicitly.
    inheritAttrs: false,
    slots: Object as CrispLauncherSlots,
  },
);
