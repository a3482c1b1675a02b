const mounted = new WeakSet();
export const markMounted = (client) => void mounted.add(client);
/** False during the first render of the page's tree (hydration, or the first mount). */
export const hasMounted = (client) => mounted.has(client);
