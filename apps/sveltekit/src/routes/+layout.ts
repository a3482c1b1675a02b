// Every page is rendered at build time (SvelteKit's server rendering) and hydrated in the browser.
export const prerender = true;
// /pricing/ is pricing/index.html: any static server finds it.
export const trailingSlash = 'always';
