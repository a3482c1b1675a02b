import type { CrispClient } from '@crispkit/core';
export declare const markMounted: (client: CrispClient) => void;
/** False during the first render of the page's tree (hydration, or the first mount). */
export declare const hasMounted: (client: CrispClient) => boolean;
