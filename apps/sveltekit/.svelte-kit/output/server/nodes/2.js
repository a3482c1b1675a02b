

export const index = 2;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/docs/_layout.svelte.js')).default;
export const imports = ["_app/immutable/nodes/2.CIOk7U0G.js","_app/immutable/chunks/DBaiLdF3.js","_app/immutable/chunks/CjHQMo6b.js","_app/immutable/chunks/DR_Bs6wC.js","_app/immutable/chunks/DhTWBRm3.js","_app/immutable/chunks/CTJ8SXWa.js","_app/immutable/chunks/DIc0090V.js","_app/immutable/chunks/Dt-HX3Vu.js"];
export const stylesheets = [];
export const fonts = [];
