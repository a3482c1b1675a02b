import { d as attr, f as escape_html } from "../../../chunks/index-server.js";
import { n as useCrispSessionData } from "../../../chunks/contribute.svelte.js";
import { n as session } from "../../../chunks/session.svelte.js";
// src/routes/account/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let email = "ada@example.com";
		let name = "Ada Lovelace";
		useCrispSessionData({ page: "account" });
		if (session.account) $$renderer.push(`<!--[0--><h1>Your account</h1> <dl class="details" data-testid="account-details"><dt>Name</dt><dd>${escape_html(session.account.name)}</dd> <dt>Email</dt><dd>${escape_html(session.account.email)}</dd> <dt>Plan</dt><dd>${escape_html(session.account.plan)}</dd></dl> <p class="note">Support sees who you are in the chat, and your conversation follows you to any device.</p> <button type="button" class="button secondary" data-testid="sign-out">Sign out</button>`);
		else $$renderer.push(`<!--[-1--><h1>Sign in</h1> <form class="form"><label>Email <input type="email" required="" data-testid="sign-in-email"${attr("value", email)}/></label> <label>Name <input data-testid="sign-in-name"${attr("value", name)}/></label> <button type="submit" class="button" data-testid="sign-in">Sign in</button> <p class="note">Demo only: any email works, no password.</p></form>`);
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };
