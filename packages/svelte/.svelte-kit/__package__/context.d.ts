import type { CrispClient } from '@crispkit/core';
/**
 * The context key set by `provideCrisp` (and `<CrispProvider>`). It holds the client only, never
 * state: state goes through useCrispState, which updates only what reads the changed slice.
 * `getContext(CrispKey)` is the client or `undefined`, for code that must work without a provider.
 */
export declare const CrispKey: unique symbol;
/** The client of the nearest `<CrispProvider>` (or `provideCrisp`); stable identity. Throws outside one. */
export declare function useCrisp(): CrispClient;
