// What the launcher's polite live region says: the same words in every binding.
import type { CrispStatus } from '../contract/types';

/** The launcher's words; each binding lets an app replace them (another language, say). */
export interface LauncherStrings {
  /** The button's accessible name. */
  label: string;
  /** Announced once the visitor has activated the launcher, while Crisp loads. */
  loading: string;
  /** Announced when Crisp could not load after the visitor asked for it. */
  failed: string;
}

export const LAUNCHER_STRINGS: LauncherStrings = {
  label: 'Open chat',
  loading: 'Loading the chat…',
  failed: 'The chat could not load.',
};

/**
 * The live region's text. Nothing before the visitor activated the launcher: a page whose Crisp
 * is blocked does not announce it on every visit, only to the visitor who asked for the chat.
 * Nothing once ready either: focus moves into the chat, which says enough.
 */
export function launcherAnnouncement(
  status: CrispStatus,
  activated: boolean,
  strings: Pick<LauncherStrings, 'loading' | 'failed'> = LAUNCHER_STRINGS,
): string {
  if (!activated || status === 'ready') return '';
  return status === 'failed' ? strings.failed : strings.loading;
}
