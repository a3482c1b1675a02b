import { type CrispSessionData } from '@crispkit/core';
import { type ValueOrGetter } from './follow.svelte.js';
/**
 * Merges `data` (an object, or a getter over your state) into the Crisp session data while the
 * component is mounted: only these keys, only when their value changed, and again after every
 * session reset. The keys stay in the session after unmount (it is what operators see); set a
 * key to `null` to delete it.
 */
export declare function useCrispSessionData(data: ValueOrGetter<CrispSessionData>): void;
/** Adds `segments` (an array, or a getter) to the session while mounted; each is sent once per session. */
export declare function useCrispSegments(segments: ValueOrGetter<string[]>): void;
