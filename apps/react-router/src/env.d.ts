// The VITE_* variables this app reads (contract in apps/README.md).
interface ImportMetaEnv {
  /** Real Crisp when set; otherwise the simulated Crisp. */
  readonly VITE_CRISP_WEBSITE_ID?: string;
  /** Overrides where l.js is loaded from (browser tests set Crisp's URL and answer it). */
  readonly VITE_CRISP_SCRIPT_URL?: string;
}
