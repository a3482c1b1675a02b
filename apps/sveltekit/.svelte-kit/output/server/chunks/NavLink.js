import { a as derived, d as attr, r as attr_class } from "./index-server.js";
import { t as page } from "./state.js";
// src/lib/components/NavLink.svelte
function NavLink($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { href, testId, children } = $$props;
		const current = derived(() => page.url.pathname.replace(/\/$/, "") == href.replace(/\/$/, "") || void 0);
		$$renderer.push(`<a${attr("href", href)}${attr("data-testid", testId)}${attr("aria-current", current() && "page")}${attr_class("", void 0, { "active": current() })}>`);
		children($$renderer);
		$$renderer.push(`<!----></a>`);
	});
}
export { NavLink as t };
