import * as universal from '../entries/pages/checkout/_page.ts.js';

export const index = 5;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/checkout/_page.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/checkout/+page.ts";
export const imports = ["_app/immutable/nodes/5.C9M-OLhe.js","_app/immutable/chunks/DBaiLdF3.js","_app/immutable/chunks/CjHQMo6b.js","_app/immutable/chunks/BVG_PlUK.js","_app/immutable/chunks/C1WItoRx.js"];
export const stylesheets = [];
export const fonts = [];
