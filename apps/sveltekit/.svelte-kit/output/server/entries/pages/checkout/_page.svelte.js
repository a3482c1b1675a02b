import "../../../chunks/index-server.js";
import { n as useCrispSessionData } from "../../../chunks/contribute.svelte.js";
// src/routes/checkout/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		useCrispSessionData({ page: "checkout" });
		$$renderer.push(`<!--[-1--><h1>Checkout</h1> <div class="checkout"><form class="form"><label>Card number <input inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242"/></label> <div class="row"><label>Expiry <input autocomplete="cc-exp" placeholder="12/29"/></label> <label>CVC <input inputmode="numeric" autocomplete="cc-csc" placeholder="123"/></label></div> <button type="submit" class="button" data-testid="place-order">Pay $20.00</button></form> <aside class="card summary"><h3>Order summary</h3> <p>Acme Cloud Pro, monthly <strong>$20.00</strong></p> <p class="note">The chat is hidden on this page so nothing covers the form.</p></aside></div>`);
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };
