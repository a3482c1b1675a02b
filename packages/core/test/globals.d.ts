// Tests read and write Crisp's globals on window directly.
import type { CrispGlobals } from '../src/protocol/protocol';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Window extends CrispGlobals {}
}
