import * as universal from '../entries/pages/_layout.ts.js';

export const index = 0;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/+layout.ts";
export const imports = ["_app/immutable/nodes/0.TsTdvVD_.js","_app/immutable/chunks/DBaiLdF3.js","_app/immutable/chunks/CjHQMo6b.js","_app/immutable/chunks/CTJ8SXWa.js","_app/immutable/chunks/DIc0090V.js","_app/immutable/chunks/Dt-HX3Vu.js","_app/immutable/chunks/C1WItoRx.js","_app/immutable/chunks/kIi4R1Y2.js","_app/immutable/chunks/CSF6J3lF.js","_app/immutable/chunks/DhTWBRm3.js"];
export const stylesheets = ["_app/immutable/assets/0.D2oF4lqz.css"];
export const fonts = [];
