import { c as stringify, d as attr, f as escape_html, o as ensure_array_like } from "../../../chunks/index-server.js";
import { i as useCrisp } from "../../../chunks/follow.svelte.js";
import { n as useCrispSessionData, t as useCrispSegments } from "../../../chunks/contribute.svelte.js";
// src/routes/pricing/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const PLANS = [
			{
				id: "hobby",
				name: "Hobby",
				price: "$0",
				features: ["1 app", "Community support"]
			},
			{
				id: "pro",
				name: "Pro",
				price: "$20",
				features: [
					"Unlimited apps",
					"Chat support",
					"Custom domains"
				]
			},
			{
				id: "team",
				name: "Team",
				price: "$99",
				features: [
					"Everything in Pro",
					"SSO",
					"Priority support"
				]
			}
		];
		useCrisp();
		useCrispSessionData({ page: "pricing" });
		useCrispSegments(["pricing-viewer"]);
		$$renderer.push(`<h1>Pricing</h1> <p class="lead">Simple plans. Change or cancel any time.</p> <section class="cards"><!--[-->`);
		const each_array = ensure_array_like(PLANS);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let plan = each_array[$$index_1];
			$$renderer.push(`<article class="card plan"><h3>${escape_html(plan.name)}</h3> <p class="price">${escape_html(plan.price)}<small>/month</small></p> <ul><!--[-->`);
			const each_array_1 = ensure_array_like(plan.features);
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let feature = each_array_1[$$index];
				$$renderer.push(`<li>${escape_html(feature)}</li>`);
			}
			$$renderer.push(`<!--]--></ul> <button type="button" class="button secondary"${attr("data-testid", `ask-${stringify(plan.id)}`)}>Ask about ${escape_html(plan.name)}</button></article>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}
export { _page as default };
