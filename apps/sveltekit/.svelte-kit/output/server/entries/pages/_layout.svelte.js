import { a as derived, c as stringify, d as attr, f as escape_html, i as attr_style, r as attr_class, u as setContext } from "../../chunks/index-server.js";
import { t as page } from "../../chunks/state.js";
import { C as createReporter, D as attach, O as isActive, S as liveOf, T as textOf, b as askGet, d as restart, g as refusalOf, h as markReady, i as useCrisp, k as registry, l as isWithheld, m as awaitSession, n as read, o as want, p as writeGlobals, r as CrispKey, s as createVisitor, u as reconcile, v as syncChat, w as kitError, x as askIs, y as trackChat } from "../../chunks/follow.svelte.js";
import { n as session } from "../../chunks/session.svelte.js";
import { t as NavLink } from "../../chunks/NavLink.js";
// ../../packages/core/src/client/initial-state.ts
var INITIAL_STATE = {
	status: "idle",
	error: null,
	sessionId: null,
	chatOpened: false,
	unreadCount: 0,
	websiteAvailable: null,
	consent: "not-required"
};
// ../../packages/core/src/client/options.ts
var UUID$1 = /^[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}$/i;
var fail = (field, message) => {
	throw kitError(field, field + " " + message);
};
function checkOptions(options) {
	if (!options || typeof options.websiteId !== "string" || !UUID$1.test(options.websiteId)) fail("websiteId", "must be your Crisp website id, a UUID");
	if (process.env.NODE_ENV !== "production") {
		const { load, cookieExpire, readyTimeoutMs, locale, tokenId, nonce, scriptUrl, consent } = options;
		if (load != null && typeof load !== "function" && ![
			"eager",
			"idle",
			"manual"
		].includes(load)) fail("load", "must be 'eager', 'idle', 'manual' or a strategy function such as interaction");
		if (cookieExpire != null && !(cookieExpire > 0)) fail("cookieExpire", "must be a number of seconds above 0");
		if (readyTimeoutMs != null && !(readyTimeoutMs >= 0)) fail("readyTimeoutMs", "must be a number of milliseconds");
		if (locale != null && !/^[a-z]{2}([_-][A-Za-z]{2})?$/.test(locale)) fail("locale", "must be an ISO 639-1 code such as \"fr\"");
		if (tokenId != null && !/^(string|number)$/.test(typeof tokenId)) fail("tokenId", "must be a string or a number");
		if (nonce != null && typeof nonce !== "string") fail("nonce", "must be a string");
		if (scriptUrl != null && typeof scriptUrl !== "string") fail("scriptUrl", "must be a string");
		if (consent != null && consent !== "required") fail("consent", "must be 'required' or left out");
	}
}
// ../../packages/core/src/client/server-client.ts
var nothing$1 = () => {};
var createServerClient = ({ websiteId, consent }) => {
	const state = {
		...INITIAL_STATE,
		consent: consent === "required" ? "pending" : INITIAL_STATE.consent
	};
	return {
		websiteId,
		push: nothing$1,
		do: nothing$1,
		set: nothing$1,
		config: nothing$1,
		on: () => nothing$1,
		get: () => void 0,
		is: () => void 0,
		load: nothing$1,
		getState: () => state,
		subscribe: () => nothing$1,
		destroy: nothing$1
	};
};
// ../../packages/core/src/client/client.ts
var WANTS_CHAT = /^(chat:(open|toggle)|message:send)$/;
var nothing = () => {};
/** Subscribes to a Crisp event through the kit's fan-out; a refused one is reported, naming it. */
function listen(kit, event, handler) {
	const field = "on " + textOf(event);
	if (process.env.NODE_ENV !== "production") {
		const refusal = refusalOf([
			"on",
			event,
			handler
		]);
		if (refusal) return kit.report(field, refusal), nothing;
	}
	return typeof handler === "function" ? kit.on(event, handler) : (kit.report(field), nothing);
}
/** Sends the app's own command, routed through the wanted visitor when it speaks for it. */
function push(kit, command) {
	if (!isActive(kit)) return;
	if (!Array.isArray(command)) return kit.report("command");
	if (want(kit, command)) return reconcile(kit);
	const [verb, name, handler] = command;
	const field = textOf(verb) + " " + textOf(name);
	if (process.env.NODE_ENV !== "production") {
		const refusal = refusalOf(command);
		if (refusal) return kit.report(field, refusal);
	}
	if (verb === "on") return void listen(kit, name, handler);
	if (verb === "off") return kit.report("off");
	if (verb === "do" && name === "session:reset") return restart(kit), reconcile(kit);
	if (isWithheld(kit)) kit.visitor.held.push(command);
	else kit.send(command);
	if (typeof name === "string" && WANTS_CHAT.test(name) && Array.isArray(kit.page.$crisp)) kit.loader.load();
}
function createClient(kit) {
	const { page, store, options } = kit;
	return {
		websiteId: options.websiteId,
		push: (command) => push(kit, command),
		do: (action, ...args) => push(kit, args.length ? [
			"do",
			action,
			args
		] : ["do", action]),
		set: (key, ...args) => push(kit, [
			"set",
			key,
			args
		]),
		config: (key, value) => push(kit, [
			"config",
			key,
			[value]
		]),
		on: (event, handler) => listen(kit, event, handler),
		get: (key, arg) => askGet(page, key, arg),
		is: (key) => askIs(page, key),
		load: () => kit.loader.load(),
		getState() {
			if (!kit.listeners) syncChat(kit);
			return store.get();
		},
		subscribe: (listener) => typeof listener === "function" ? trackChat(kit, listener) : (kit.report("subscribe"), nothing),
		destroy() {
			if (!isActive(kit)) return;
			kit.loader.destroy();
			kit.on.releaseAll();
			registry().client = void 0;
		}
	};
}
// ../../packages/core/src/state/store.ts
function createStore(initial, report) {
	let state = initial;
	const listeners = /* @__PURE__ */ new Set();
	return {
		get: () => state,
		set(patch) {
			let key;
			for (key in patch) if (patch[key] !== state[key]) {
				state = {
					...state,
					...patch
				};
				[...listeners].forEach((listener) => {
					try {
						listener(state);
					} catch (error) {
						report("subscribe", error);
					}
				});
				return;
			}
		},
		subscribe(listener) {
			const own = (next) => listener(next);
			listeners.add(own);
			return () => listeners.delete(own);
		}
	};
}
// ../../packages/core/src/client/debug.ts
var EMAIL = /[^\s@"]+@[^\s@"]+\.[^\s@"]+/g;
var PHONE = /\+?\d[\d ().-]{5,}\d/g;
/** JSON of a value with emails and phone-like numbers replaced; functions shown by name. */
var redact = (value) => JSON.stringify(value, (_key, v) => typeof v === "function" ? "[function]" : typeof v === "string" ? v.replace(EMAIL, "[email]").replace(PHONE, "[phone]") : v);
var debugLog = (kind, value) => console.debug("[crispkit] " + kind, redact(value));
// ../../packages/core/src/queue/events.ts
function createEvents(kit) {
	const { report, options } = kit;
	const registrations = /* @__PURE__ */ new Map();
	const release = (event, registration) => {
		if (registration.handlers.size || registrations.get(event) !== registration) return;
		registrations.delete(event);
		const pending = kit.page.$crisp;
		const at = Array.isArray(pending) ? pending.indexOf(registration.command) : -1;
		if (at >= 0) pending.splice(at, 1);
		else kit.send(["off", event]);
	};
	const on = ((event, handler) => {
		let registration = registrations.get(event);
		if (!registration) {
			const handlers = /* @__PURE__ */ new Set();
			const dispatch = (payload) => {
				if (process.env.NODE_ENV !== "production" && options.debug) debugLog("event", [event, payload]);
				[...handlers].forEach((h) => {
					try {
						h(payload);
					} catch (error) {
						report(event, error);
					}
				});
			};
			registration = {
				handlers,
				command: [
					"on",
					event,
					dispatch
				]
			};
			registrations.set(event, registration);
			kit.send(registration.command);
		}
		const { handlers } = registration;
		const own = (payload) => handler(payload);
		handlers.add(own);
		const current = registration;
		return () => {
			if (handlers.delete(own) && !handlers.size) queueMicrotask(() => release(event, current));
		};
	});
	on.releaseAll = () => registrations.forEach((registration, event) => {
		registration.handlers.clear();
		release(event, registration);
	});
	return on;
}
// ../../packages/core/src/queue/send.ts
var createSend = (kit) => (command) => {
	if (!isActive(kit)) return;
	if (process.env.NODE_ENV !== "production" && kit.options.debug) debugLog("command", command);
	try {
		(kit.page.$crisp ||= []).push(command);
	} catch (error) {
		kit.report(textOf(command[0]) + " " + textOf(command[1]), error);
	}
};
var LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;
/**
* Throws unless `value` is an absolute https URL, an http URL on this machine (tests, the
* simulated Crisp), or a URL of the page's own origin. The check is on the URL as the browser
* resolves it, so values that only look like a path (`/\host/l.js`, a tab in `//`) or hide a host
* behind a user name (`http://localhost:@host/l.js`) cannot load a foreign script.
*/
function checkScriptUrl(value, page) {
	let url;
	try {
		url = new URL(value, page.location.href);
	} catch {}
	if (!(url && (/^https:\/\//i.test(value) ? url.protocol === "https:" : /^http:\/\//i.test(value) ? url.protocol === "http:" && LOOPBACK.test(url.hostname) : url.origin === page.location.origin))) throw kitError("scriptUrl", "scriptUrl must be an https URL, a URL of this page's origin, or http on localhost");
}
// ../../packages/core/src/loader/find-embed.ts
var CRISP_LOADER = /^https:\/\/client\.crisp\.chat\/l(\/([\w-]+))?\.js([?#]|$)/i;
/** Crisp's loader tag already on the page (or a tag of the kit's own script URL), if any. */
function findEmbed(page, scriptUrl) {
	const own = scriptUrl && new URL(scriptUrl, page.location.href).href;
	for (const tag of page.document.querySelectorAll("script[src]")) {
		const src = tag.src;
		const match = CRISP_LOADER.exec(src);
		if (match || src === own) return {
			tag,
			websiteId: match?.[2]
		};
	}
}
// ../../packages/core/src/loader/keep-queue.ts
/**
* Crisp's official snippet starts with `window.$crisp = []`: placed after the kit, it would throw
* away every command the kit queued (an email, session data) before Crisp reads the queue. Until
* Crisp's live client takes the queue's place, an array assigned to `$crisp` is merged into the
* kit's queue instead of replacing it; the live client's own assignment ends this, leaving a
* plain property again. A page that has made `$crisp` unconfigurable keeps it as it is.
*/
function keepQueue(page) {
	const queue = page.$crisp;
	try {
		Object.defineProperty(page, "$crisp", {
			configurable: true,
			enumerable: true,
			get: () => queue,
			set(value) {
				if (Array.isArray(value)) {
					if (value !== queue) queue.push(...value);
				} else Object.defineProperty(page, "$crisp", {
					value,
					writable: true,
					configurable: true,
					enumerable: true
				});
			}
		});
	} catch {}
}
// ../../packages/core/src/loader/loader.ts
function createLoader(kit, existing) {
	const { page, options, store, report } = kit;
	let timer;
	let tag;
	let stopStrategy;
	let started = false;
	const stopWatching = () => {
		clearTimeout(timer);
		if (tag) tag.onload = tag.onerror = null;
	};
	const watch = (script) => {
		tag = script;
		store.set({
			status: "loading",
			error: null
		});
		script.onload = () => {
			loader.executed = true;
			if (store.get().status === "loading") store.set({ status: "loaded" });
		};
		script.onerror = () => {
			stopWatching();
			script.remove();
			store.set({
				status: "failed",
				error: "blocked"
			});
		};
		clearTimeout(timer);
		timer = setTimeout(() => /^load/.test(store.get().status) && store.set({
			status: "failed",
			error: "timeout"
		}), options.readyTimeoutMs ?? 15e3);
	};
	const loader = {
		executed: false,
		load() {
			if (!isActive(kit)) return;
			const { status, error, consent } = store.get();
			if (consent === "pending" || consent === "revoked") return void (loader.wanted = true);
			if (status !== "idle" && error !== "blocked") return;
			const embed = error ? void 0 : findEmbed(page, options.scriptUrl);
			if (embed) return adopt(embed.tag);
			const script = page.document.createElement("script");
			try {
				script.src = options.scriptUrl || "https://client.crisp.chat/l.js";
			} catch (thrown) {
				store.set({
					status: "failed",
					error: "blocked"
				});
				return report("scriptUrl", thrown);
			}
			if (options.nonce) script.nonce = options.nonce;
			watch(script);
			page.document.head.appendChild(script);
		},
		start() {
			if (started) return;
			started = true;
			const strategy = options.load || "idle";
			if (strategy === "eager") loader.load();
			else if (strategy === "idle") {
				if (page.requestIdleCallback) {
					const handle = page.requestIdleCallback(loader.load, { timeout: 4e3 });
					stopStrategy = () => page.cancelIdleCallback(handle);
				} else {
					const handle = setTimeout(loader.load, 1500);
					stopStrategy = () => clearTimeout(handle);
				}
			} else if (strategy !== "manual") stopStrategy = strategy(loader.load, page);
		},
		ready: () => clearTimeout(timer),
		destroy() {
			stopWatching();
			stopStrategy?.();
		},
		wanted: false
	};
	const adopt = (tag) => {
		watch(tag);
		loader.executed = true;
	};
	if (existing) adopt(existing);
	return loader;
}
// ../../packages/core/src/client/create-crisp.ts
/**
* Creates the page's Crisp client, or returns the existing one for the same website id (the
* first call's options win). Throws at once on invalid options or a second website id. Under
* server rendering it returns an inert client.
*/
function createCrisp(options) {
	checkOptions(options);
	if (typeof window === "undefined") return createServerClient(options);
	const page = window;
	const { websiteId } = options;
	const shared = registry();
	const embed = findEmbed(page, options.scriptUrl);
	const other = textOf(shared.client?.websiteId || page.CRISP_WEBSITE_ID || embed?.websiteId || "");
	if (other && other.toLowerCase() !== websiteId.toLowerCase()) throw kitError("websiteId", process.env.NODE_ENV !== "production" ? `websiteId ${websiteId} differs from ${other}, already on this page; one page holds one Crisp website` : "websiteId " + other);
	if (shared.client) return shared.client;
	if (options.scriptUrl) checkScriptUrl(options.scriptUrl, page);
	const report = createReporter(options.onError);
	const store = createStore({
		...INITIAL_STATE,
		consent: shared.revoked ? "revoked" : options.consent === "required" ? "pending" : "not-required"
	}, report);
	if (process.env.NODE_ENV !== "production" && options.debug) store.subscribe((state) => debugLog("state", state));
	const queue = page.$crisp ||= [];
	const visitor = createVisitor(options.tokenId ?? page.CRISP_TOKEN_ID ?? void 0);
	const inherited = !!(shared.queue || embed || liveOf(page));
	visitor.received.identified ||= inherited;
	visitor.tokenUnknown = inherited && options.tokenId == null;
	visitor.hidden = !!shared.revoked;
	const kit = {
		page,
		queue: Array.isArray(queue) ? shared.queue = queue : shared.queue,
		options,
		store,
		report,
		visitor,
		listeners: 0,
		tracking: []
	};
	Object.assign(kit, {
		send: createSend(kit),
		on: createEvents(kit),
		loader: createLoader(kit, Array.isArray(queue) ? embed?.tag : void 0)
	});
	const client = createClient(kit);
	attach(client, kit);
	shared.client = client;
	const token = page.CRISP_TOKEN_ID;
	const locale = page.CRISP_RUNTIME_CONFIG?.locale;
	writeGlobals(page, options, () => markReady(kit));
	if (options.safeMode) kit.send(["safe", true]);
	const { tokenId } = options;
	if (tokenId != null && textOf(tokenId) !== textOf(token ?? "")) restart(kit, true);
	else if (options.locale && options.locale !== locale || shared.stale) restart(kit);
	if (liveOf(page)) {
		store.set({ status: "loaded" });
		if (askGet(page, "session:identifier")) markReady(kit);
		else awaitSession(kit);
	} else {
		keepQueue(page);
		awaitSession(kit);
		if (!embed && store.get().consent !== "pending") kit.loader.start();
	}
	return client;
}
// ../../packages/core/src/binding/bind-crisp.ts
/**
* The page's client for a binding's options: the given client, or `createCrisp` with them. A
* declared `visitor.consent` makes the client require consent from the start, as it must be.
*/
function clientFor(options) {
	if (options.client) return options.client;
	const { visitor, sessionData: _data, segments: _segments, ...setup } = options;
	return createCrisp({
		...setup,
		consent: setup.consent || visitor?.consent && "required" || void 0
	});
}
// ../../packages/core/src/loader/interaction.ts
var INTERACTIONS = [
	"pointerdown",
	"keydown",
	"scroll"
];
/**
* `createCrisp({ websiteId, load: interaction })`: nothing of Crisp is fetched until the visitor
* interacts with the page, which keeps it off the page's start-up entirely.
*/
var interaction = (load, page) => {
	const go = () => {
		stop();
		load();
	};
	const stop = () => INTERACTIONS.forEach((type) => page.removeEventListener(type, go, true));
	INTERACTIONS.forEach((type) => page.addEventListener(type, go, {
		capture: true,
		passive: true
	}));
	return stop;
};
// ../../packages/svelte/src/mounted.ts
var mounted = /* @__PURE__ */ new WeakSet();
/** False during the first render of the page's tree (hydration, or the first mount). */
var hasMounted = (client) => mounted.has(client);
// ../../packages/svelte/src/provide.svelte.ts
function provideCrisp(options) {
	return setContext(CrispKey, clientFor({
		...options,
		visitor: read(options.visitor)
	}));
}
// ../../packages/svelte/src/state.svelte.ts
function useCrispState(selector) {
	const client = useCrisp();
	const pick = (state) => selector ? selector(state) : state;
	let slice = pick(hasMounted(client) ? client.getState() : INITIAL_STATE);
	return { get current() {
		return slice;
	} };
}
// ../../packages/svelte/src/selectors.ts
var status = (s) => s.status;
var unread = (s) => s.unreadCount;
/** `'idle' | 'loading' | 'loaded' | 'ready' | 'failed'`; changes only when the status does. */
var useCrispStatus = () => useCrispState(status);
/** Operator messages not yet seen; changes only when the count does. */
var useCrispUnreadCount = () => useCrispState(unread);
// ../../packages/svelte/src/CrispLauncher.svelte
function CrispLauncher($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Accessible name of the button. Default "Open chat". */
		/** Rendered instead when Crisp could not load (blocked, or never ready): e.g. a mailto link. */
		/** Replaces the chat icon. */
		/** Added to the button's `crispkit-launcher` class. */
		/** Appended to the default style (fixed bottom-right, round, Crisp blue), so it wins. */
		let { label = "Open chat", fallback, children, class: className, style } = $$props;
		useCrisp();
		const status = useCrispStatus();
		let waiting = false;
		const STYLE = "position:fixed;right:24px;bottom:24px;z-index:1000000;width:60px;height:60px;border:0;border-radius:50%;background:#1972f5;color:#fff;box-shadow:0 4px 10px rgba(0,0,0,.25);cursor:pointer;display:grid;place-items:center";
		if (status.current == "failed") {
			$$renderer.push("<!--[0-->");
			fallback?.($$renderer);
			$$renderer.push(`<!---->`);
		} else if (status.current != "ready") {
			$$renderer.push(`<!--[1--><style>
    .crispkit-launcher:focus-visible{outline:3px solid #1972f5;outline-offset:3px}.crispkit-spin{animation:crispkit-spin 1s linear infinite}@keyframes crispkit-spin{to{transform:rotate(360deg)}}
  </style>`);
			$$renderer.push(` <button type="button"${attr("aria-label", label)}${attr("aria-busy", waiting)}${attr_class("crispkit-launcher" + (className ? " " + className : ""))}${attr_style(style ? STYLE + ";" + style : STYLE)}>`);
			if (children) {
				$$renderer.push("<!--[1-->");
				children($$renderer);
				$$renderer.push(`<!---->`);
			} else $$renderer.push(`<!--[-1--><svg width="30" height="30" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"></path></svg>`);
			$$renderer.push(`<!--]--></button>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
// ../../packages/svelte/src/hidden.svelte.ts
function useCrispHidden(hidden = true) {
	useCrisp();
}
/**
* `crispTarget(import.meta.env)`: a real website id means real Crisp at its default URL; a script
* URL overrides where l.js comes from (browser tests answer Crisp's URL themselves); with
* neither, the simulated Crisp at /crisp-sim/l.js under the demo website id.
*/
function crispTarget(env) {
	const real = env.VITE_CRISP_WEBSITE_ID || void 0;
	return {
		websiteId: real || "7598bf86-9ebb-46bc-8d61-be8357bbf4b4",
		scriptUrl: env.VITE_CRISP_SCRIPT_URL || (real ? void 0 : "/crisp-sim/l.js"),
		simulated: !real
	};
}
// src/lib/crisp.ts
var crisp = crispTarget({
	"BASE_URL": "/",
	"DEV": false,
	"MODE": "production",
	"PROD": true,
	"SSR": true,
	"VITE_CRISP_SCRIPT_URL": "https://client.crisp.chat/l.js"
});
/** Where visitors go when the chat cannot load (an ad blocker, a strict network). */
var SUPPORT_EMAIL = "support@acme.example";
// src/lib/components/ChatStatus.svelte
function ChatStatus($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const LABELS = {
			idle: "not loaded yet (loads on your first interaction)",
			loading: "loading…",
			loaded: "connecting…",
			ready: "online",
			failed: "unavailable, email us instead"
		};
		const status = useCrispStatus();
		$$renderer.push(`<span data-testid="chat-status"${attr("data-status", status.current)}>Chat: ${escape_html(LABELS[status.current])}${escape_html(crisp.simulated ? " · simulated Crisp" : "")}</span>`);
	});
}
// src/lib/components/SupportLink.svelte
function SupportLink($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		useCrisp();
		const unread = useCrispUnreadCount();
		$$renderer.push(`<button type="button" class="link-button" data-testid="open-chat">Support `);
		if (unread.current > 0) $$renderer.push(`<!--[0--><span class="badge"${attr("aria-label", `${stringify(unread.current)} unread`)}>${escape_html(unread.current)}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></button>`);
	});
}
// src/routes/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { children } = $$props;
		provideCrisp({
			websiteId: crisp.websiteId,
			scriptUrl: crisp.scriptUrl,
			load: interaction,
			visitor: () => {
				const signedIn = session.account;
				return {
					tokenId: signedIn ? signedIn.crispTokenId : null,
					user: signedIn ? {
						email: signedIn.email,
						signature: signedIn.crispSignature,
						nickname: signedIn.name
					} : null
				};
			},
			sessionData: () => session.account ? { plan: session.account.plan } : null
		});
		const hideChat = derived(() => page.data.hideChat == true);
		useCrispHidden(() => hideChat());
		$$renderer.push(`<div class="frame"><header class="header"><a href="/" class="brand">◆ Acme Cloud</a> <nav class="nav">`);
		NavLink($$renderer, {
			href: "/",
			testId: "nav-home",
			children: ($$renderer) => {
				$$renderer.push(`<!---->Home`);
			},
			$$slots: { default: true }
		});
		$$renderer.push(`<!----> `);
		NavLink($$renderer, {
			href: "/pricing/",
			testId: "nav-pricing",
			children: ($$renderer) => {
				$$renderer.push(`<!---->Pricing`);
			},
			$$slots: { default: true }
		});
		$$renderer.push(`<!----> `);
		NavLink($$renderer, {
			href: "/docs/",
			testId: "nav-docs",
			children: ($$renderer) => {
				$$renderer.push(`<!---->Docs`);
			},
			$$slots: { default: true }
		});
		$$renderer.push(`<!----> `);
		NavLink($$renderer, {
			href: "/checkout/",
			testId: "nav-checkout",
			children: ($$renderer) => {
				$$renderer.push(`<!---->Checkout`);
			},
			$$slots: { default: true }
		});
		$$renderer.push(`<!----> `);
		NavLink($$renderer, {
			href: "/account/",
			testId: "nav-account",
			children: ($$renderer) => {
				$$renderer.push(`<!---->${escape_html(session.account ? session.account.name : "Sign in")}`);
			},
			$$slots: { default: true }
		});
		$$renderer.push(`<!----> `);
		SupportLink($$renderer, {});
		$$renderer.push(`<!----></nav></header> <main class="main">`);
		children($$renderer);
		$$renderer.push(`<!----></main> <footer class="footer">`);
		ChatStatus($$renderer, {});
		$$renderer.push(`<!----> <span>Or write to <a${attr("href", `mailto:${stringify(SUPPORT_EMAIL)}`)}>${escape_html(SUPPORT_EMAIL)}</a></span></footer> `);
		if (!hideChat()) {
			$$renderer.push("<!--[0-->");
			{
				function fallback($$renderer) {
					$$renderer.push(`<a class="mail-fallback"${attr("href", `mailto:${stringify(SUPPORT_EMAIL)}`)} data-testid="chat-fallback">Email support</a>`);
				}
				CrispLauncher($$renderer, {
					label: "Chat with support",
					fallback,
					$$slots: { fallback: true }
				});
			}
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _layout as default };
