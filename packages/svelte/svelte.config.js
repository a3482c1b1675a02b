// Svelte's own defaults (TypeScript in components needs no preprocessor in Svelte 5); the file
// tells svelte-package and svelte-check where the package's Svelte settings are.
export default {};
