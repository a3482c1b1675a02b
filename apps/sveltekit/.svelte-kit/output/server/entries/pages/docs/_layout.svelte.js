import { c as stringify, f as escape_html, o as ensure_array_like } from "../../../chunks/index-server.js";
import { t as DOCS } from "../../../chunks/docs.js";
import { t as NavLink } from "../../../chunks/NavLink.js";
// src/routes/docs/+layout.svelte
function _layout($$renderer, $$props) {
	let { children } = $$props;
	$$renderer.push(`<div class="docs"><aside class="sidebar"><h4>Documentation</h4> <!--[-->`);
	const each_array = ensure_array_like(DOCS);
	for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
		let doc = each_array[$$index];
		NavLink($$renderer, {
			href: `/docs/${stringify(doc.slug)}/`,
			testId: `nav-docs-${stringify(doc.slug)}`,
			children: ($$renderer) => {
				$$renderer.push(`<!---->${escape_html(doc.title)}`);
			},
			$$slots: { default: true }
		});
	}
	$$renderer.push(`<!--]--></aside> <div class="doc">`);
	children($$renderer);
	$$renderer.push(`<!----></div></div>`);
}
export { _layout as default };
