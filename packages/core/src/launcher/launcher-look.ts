// The launcher's look, shared by every framework binding: one stylesheet, two icons. Strings and
// numbers only, so an app that renders no launcher bundles none of it.

/** The button's class; the stylesheet below styles it. */
export const LAUNCHER_CLASS = 'crispkit-launcher';
/** The loading spinner's class (inside the button). */
export const LAUNCHER_SPINNER_CLASS = 'crispkit-spin';
/** The polite live region's class: read by screen readers, not shown. */
export const LAUNCHER_STATUS_CLASS = 'crispkit-launcher-status';

/**
 * Where Crisp draws its own launcher (bottom right), so nothing moves when the real one replaces
 * this one; `--crispkit-launcher-right` and `--crispkit-launcher-bottom` move it (see
 * `launcherOffset`). In a stylesheet, not inline, because inline styles cannot express
 * :focus-visible, an animation or a media query: the focus ring a keyboard user sees (outside the
 * blue circle), the spinner, and no spinning for visitors who ask for reduced motion.
 * Crisp's blue: 4.4:1 with the white icon and against a white page, over the 3:1 that WCAG asks
 * of an icon and a focus ring.
 */
export const LAUNCHER_CSS =
  '.crispkit-launcher{position:fixed;right:var(--crispkit-launcher-right,24px);bottom:var(--crispkit-launcher-bottom,24px);' +
  'z-index:1000000;width:60px;height:60px;border:0;border-radius:50%;background:#1972f5;color:#fff;' +
  'box-shadow:0 4px 10px rgba(0,0,0,.25);cursor:pointer;display:grid;place-items:center;padding:0}' +
  '.crispkit-launcher:focus-visible{outline:3px solid #1972f5;outline-offset:3px}' +
  '.crispkit-spin{animation:crispkit-spin 1s linear infinite}' +
  '@keyframes crispkit-spin{to{transform:rotate(360deg)}}' +
  '@media (prefers-reduced-motion:reduce){.crispkit-spin{animation:none}}' +
  '.crispkit-launcher-status{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}';

/** The chat bubble (a 24 × 24 view box, filled with currentColor). */
export const LAUNCHER_ICON_PATH = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';
/** The spinner's arc (a 24 × 24 view box, stroked with currentColor, 3 wide, round caps). */
export const LAUNCHER_SPINNER_PATH = 'M12 3a9 9 0 1 0 9 9';
