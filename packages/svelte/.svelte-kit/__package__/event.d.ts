import type { CrispEventHandler, CrispEventName } from '@crispkit/core';
/**
 * Calls `handler` with the event's typed payload while the component is mounted. Any number of
 * components may listen: the core registers one handler with Crisp, fans out, and releases it a
 * microtask after the last one leaves. Nothing is registered on the server.
 */
export declare function useCrispEvent<E extends CrispEventName>(event: E, handler: CrispEventHandler<E>): void;
