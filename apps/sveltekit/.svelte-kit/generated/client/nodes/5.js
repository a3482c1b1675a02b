import * as universal from "../../../../src/routes/checkout/+page.ts";
export { universal };
export { default as component } from "../../../../src/routes/checkout/+page.svelte";