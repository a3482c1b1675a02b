

export const index = 1;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/fallbacks/error.svelte.js')).default;
export const imports = ["_app/immutable/nodes/1.VFWDriXx.js","_app/immutable/chunks/DBaiLdF3.js","_app/immutable/chunks/CjHQMo6b.js","_app/immutable/chunks/CTJ8SXWa.js","_app/immutable/chunks/DIc0090V.js","_app/immutable/chunks/Dt-HX3Vu.js"];
export const stylesheets = [];
export const fonts = [];
