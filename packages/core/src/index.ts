// @crispkit/core: the public entry point.
export { createCrisp, INITIAL_STATE } from './client';
export { REGISTRY_KEY } from './registry';
export type * from './types';
export type * from './protocol';
