// Which Crisp an app talks to (simulated, real, or a test's URL), from its VITE_CRISP_* variables.

/** The demo website id the simulated Crisp runs under (any UUID would do; this one is fixed). */
export const DEMO_WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';
/** Where apps/vite-crisp-sim.ts serves the simulated l.js. */
export const SIM_SCRIPT_PATH = '/crisp-sim/l.js';

export interface CrispEnv {
  readonly VITE_CRISP_WEBSITE_ID?: string;
  readonly VITE_CRISP_SCRIPT_URL?: string;
}

export interface CrispTarget {
  websiteId: string;
  /** Undefined means Crisp's own `https://client.crisp.chat/l.js`. */
  scriptUrl: string | undefined;
  /** True when the simulated Crisp answers (no real website id configured). */
  simulated: boolean;
}

/**
 * `crispTarget(import.meta.env)`: a real website id means real Crisp at its default URL; a script
 * URL overrides where l.js comes from (browser tests answer Crisp's URL themselves); with
 * neither, the simulated Crisp at /crisp-sim/l.js under the demo website id.
 */
export function crispTarget(env: CrispEnv): CrispTarget {
  const real = env.VITE_CRISP_WEBSITE_ID || undefined;
  return {
    websiteId: real || DEMO_WEBSITE_ID,
    scriptUrl: env.VITE_CRISP_SCRIPT_URL || (real ? undefined : SIM_SCRIPT_PATH),
    simulated: !real,
  };
}
