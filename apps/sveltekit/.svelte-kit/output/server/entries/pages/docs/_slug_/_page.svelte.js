import { f as escape_html, o as ensure_array_like } from "../../../../chunks/index-server.js";
import { n as useCrispSessionData } from "../../../../chunks/contribute.svelte.js";
// src/routes/docs/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		useCrispSessionData(() => ({ page: "docs/" + data.doc.slug }));
		$$renderer.push(`<h1>${escape_html(data.doc.title)}</h1> <!--[-->`);
		const each_array = ensure_array_like(data.doc.body);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let paragraph = each_array[$$index];
			$$renderer.push(`<p>${escape_html(paragraph)}</p>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };
