import "./index-server.js";
// ../react-router/src/auth/backend.ts
var ACCOUNTS = "acme.accounts";
var SIGNED_IN = "acme.signedIn";
var accounts = () => JSON.parse(sessionStorage.getItem(ACCOUNTS) || "{}");
/** The signed-in account, from the session cookie a real backend would check. */
function currentAccount() {
	const email = sessionStorage.getItem(SIGNED_IN);
	return email && accounts()[email] || null;
}
// src/lib/session.svelte.ts
var session = { account: null };
function restoreAccount() {
	session.account = currentAccount();
}
export { session as n, restoreAccount as t };
