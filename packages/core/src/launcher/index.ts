// The launcher's framework-agnostic part: its look, words, offset and where focus goes. Each
// binding's <CrispLauncher> renders with these; an app that renders none bundles none of it.
export {
  LAUNCHER_CLASS,
  LAUNCHER_CSS,
  LAUNCHER_ICON_PATH,
  LAUNCHER_SPINNER_CLASS,
  LAUNCHER_SPINNER_PATH,
  LAUNCHER_STATUS_CLASS,
} from './launcher-look';
export { LAUNCHER_STRINGS, launcherAnnouncement, type LauncherStrings } from './launcher-announcement';
export { launcherOffset, type LauncherOffset } from './launcher-offset';
export { focusChatWhenOpen, focusFallback } from './launcher-focus';
