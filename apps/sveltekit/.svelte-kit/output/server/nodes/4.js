

export const index = 4;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/account/_page.svelte.js')).default;
export const imports = ["_app/immutable/nodes/4.DaERZn5t.js","_app/immutable/chunks/DBaiLdF3.js","_app/immutable/chunks/CjHQMo6b.js","_app/immutable/chunks/BVG_PlUK.js","_app/immutable/chunks/C1WItoRx.js","_app/immutable/chunks/kIi4R1Y2.js"];
export const stylesheets = [];
export const fonts = [];
