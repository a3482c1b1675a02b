import "./index-server.js";
import { i as useCrisp, n as read } from "./follow.svelte.js";
// ../../packages/svelte/src/contribute.svelte.ts
function useContribution(source) {
	useCrisp();
}
/**
* Merges `data` (an object, or a getter over your state) into the Crisp session data while the
* component is mounted: only these keys, only when their value changed, and again after every
* session reset. The keys stay in the session after unmount (it is what operators see); set a
* key to `null` to delete it.
*/
function useCrispSessionData(data) {
	useContribution(() => ({ data: read(data) }));
}
/** Adds `segments` (an array, or a getter) to the session while mounted; each is sent once per session. */
function useCrispSegments(segments) {
	useContribution(() => ({ segments: read(segments) }));
}
export { useCrispSessionData as n, useCrispSegments as t };
