import "../../../chunks/index-server.js";
import { n as useCrispSessionData } from "../../../chunks/contribute.svelte.js";
// src/routes/docs/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		useCrispSessionData({ page: "docs" });
		$$renderer.push(`<h1>Documentation</h1> <p class="lead">Everything about running apps on Acme Cloud. Pick a topic on the left.</p>`);
	});
}
export { _page as default };
