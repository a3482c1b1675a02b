// The environment variables the playground reads (see README): typed for import.meta.env.
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set: the playground talks to real Crisp with this website id. */
  readonly VITE_CRISP_WEBSITE_ID?: string;
  /** Overrides the l.js URL (real or simulated). */
  readonly VITE_CRISP_SCRIPT_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
