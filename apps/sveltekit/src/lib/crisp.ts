// Which Crisp this app talks to: simulated by default, real or a test's URL per VITE_CRISP_* (apps/README.md).
import { crispTarget } from '../../../crisp-target';

export const crisp = crispTarget(import.meta.env);

/** Where visitors go when the chat cannot load (an ad blocker, a strict network). */
export const SUPPORT_EMAIL = 'support@acme.example';
