// The launcher's offset from the window's bottom-right corner, as the CSS custom properties that
// LAUNCHER_CSS reads: the same option in every binding, and a page can set them in its own CSS.

/** Pixels (a number) or any CSS length, from the window's right and bottom edges. Default 24px. */
export interface LauncherOffset {
  right?: number | string | undefined;
  bottom?: number | string | undefined;
}

const length = (value: number | string) => (typeof value === 'number' ? `${value}px` : value);

/** The inline style declaring `offset`: `{ '--crispkit-launcher-bottom': '96px' }` for `{ bottom: 96 }`. */
export function launcherOffset(offset: LauncherOffset | undefined): Record<string, string> {
  const style: Record<string, string> = {};
  if (offset?.right != null) style['--crispkit-launcher-right'] = length(offset.right);
  if (offset?.bottom != null) style['--crispkit-launcher-bottom'] = length(offset.bottom);
  return style;
}
