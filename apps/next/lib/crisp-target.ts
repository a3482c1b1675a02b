// Which Crisp the app talks to, by the apps' shared contract (apps/README.md) with Next.js's
// browser-visible variable names: NEXT_PUBLIC_CRISP_WEBSITE_ID for real Crisp,
// NEXT_PUBLIC_CRISP_SCRIPT_URL to load l.js from elsewhere (the browser tests), neither for the
// simulated Crisp at /crisp-sim/l.js (copied into public/ by crisp-sim.mjs).
import { crispTarget } from '../../crisp-target';

export const crisp = crispTarget({
  VITE_CRISP_WEBSITE_ID: process.env.NEXT_PUBLIC_CRISP_WEBSITE_ID,
  VITE_CRISP_SCRIPT_URL: process.env.NEXT_PUBLIC_CRISP_SCRIPT_URL,
});
