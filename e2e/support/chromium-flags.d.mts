// Types of chromium-flags.mjs, for the TypeScript suites.
export declare const CHROMIUM_FLAGS: string[];
