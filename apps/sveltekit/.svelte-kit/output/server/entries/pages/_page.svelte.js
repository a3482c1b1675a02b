import { f as escape_html, o as ensure_array_like } from "../../chunks/index-server.js";
import { n as useCrispSessionData } from "../../chunks/contribute.svelte.js";
// src/routes/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const CARDS = [
			["Global edge", "Thirty regions, one command."],
			["Zero-downtime deploys", "Every release rolls out gradually and rolls back by itself."],
			["Humans on call", "Engineers, not scripts, in the support chat."]
		];
		useCrispSessionData({ page: "home" });
		$$renderer.push(`<section class="hero"><h1>Deploy in seconds, scale without thinking.</h1> <p>Acme Cloud runs your apps close to your users. Questions? Our team answers in the chat.</p> <div class="actions"><a href="/pricing/" class="button">See pricing</a> <a href="/docs/" class="button secondary">Read the docs</a></div></section> <section class="cards"><!--[-->`);
		const each_array = ensure_array_like(CARDS);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let [title, text] = each_array[$$index];
			$$renderer.push(`<article class="card"><h3>${escape_html(title)}</h3><p>${escape_html(text)}</p></article>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}
export { _page as default };
