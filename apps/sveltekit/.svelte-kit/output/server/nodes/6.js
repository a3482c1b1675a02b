

export const index = 6;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/docs/_page.svelte.js')).default;
export const imports = ["_app/immutable/nodes/6.C8ykK6F2.js","_app/immutable/chunks/DBaiLdF3.js","_app/immutable/chunks/CjHQMo6b.js","_app/immutable/chunks/CSF6J3lF.js","_app/immutable/chunks/BVG_PlUK.js","_app/immutable/chunks/C1WItoRx.js"];
export const stylesheets = [];
export const fonts = [];
