import * as universal from '../entries/pages/docs/_slug_/_page.ts.js';

export const index = 7;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/docs/_slug_/_page.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/docs/[slug]/+page.ts";
export const imports = ["_app/immutable/nodes/7.BWXofruu.js","_app/immutable/chunks/Dt-HX3Vu.js","_app/immutable/chunks/DR_Bs6wC.js","_app/immutable/chunks/DBaiLdF3.js","_app/immutable/chunks/CjHQMo6b.js","_app/immutable/chunks/BVG_PlUK.js","_app/immutable/chunks/C1WItoRx.js"];
export const stylesheets = [];
export const fonts = [];
