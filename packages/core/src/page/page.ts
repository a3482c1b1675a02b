// The page as Crisp sees it: the window with Crisp's globals on it.
import type { CrispGlobals } from '../protocol/protocol';

export type Page = Window & CrispGlobals;
