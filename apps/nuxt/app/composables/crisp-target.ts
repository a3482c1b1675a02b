// Which Crisp this app talks to, as the module's runtime config says (simulated unless a real id is set).
import { DEMO_WEBSITE_ID } from '../../../crisp-target';

export const SUPPORT_EMAIL = 'support@acme.example';

/** True when the simulated Crisp answers (the demo website id). */
export const useSimulatedCrisp = () => useRuntimeConfig().public.crisp.websiteId == DEMO_WEBSITE_ID;
