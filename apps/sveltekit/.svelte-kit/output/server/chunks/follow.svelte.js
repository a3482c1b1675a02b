import { l as getContext } from "./index-server.js";
// ../../packages/core/src/client/registry.ts
/**
* `Symbol.for` gives the same key to every copy of this package on the page (two bundled
* versions, a hot-reloaded module, a script tag beside an npm import), so they all find the
* one client and never inject `l.js` twice. Tests reset the page by deleting this key
* (`@crispkit/testing`'s `uninstall()` does).
*/
var REGISTRY_KEY = Symbol.for("crispkit");
var registry = () => globalThis[REGISTRY_KEY] ||= {};
// ../../packages/core/src/client/kit.ts
var KIT = Symbol.for("crispkit.kit");
var attach = (client, kit) => {
	Object.defineProperty(client, KIT, { value: kit });
};
/** The internals of a client made by createCrisp in a browser; undefined for anything else. */
var kitOf = (client) => client && typeof client === "object" ? client[KIT] : void 0;
/** Whether `kit` is still the page's: a destroyed or replaced client sends and loads nothing. */
var isActive = (kit) => kitOf(registry().client) === kit;
/** The internals of `client` while it is the page's client; undefined otherwise (inert). */
var activeKit = (client) => {
	const kit = kitOf(client);
	return kit && isActive(kit) ? kit : void 0;
};
// ../../packages/core/src/client/errors.ts
/**
* A value as text for a message: never throws, whatever the app passed (an object whose
* `toString` is not a function, a symbol, a BigInt inside JSON).
*/
var textOf = (value) => {
	try {
		return String(value);
	} catch {
		return typeof value;
	}
};
var kitError = (field, message) => Object.assign(/* @__PURE__ */ new Error("crispkit: " + message), { field });
function createReporter(onError) {
	return (field, detail) => {
		const error = kitError(field, "invalid " + field + (detail ? " (" + textOf(detail) + ")" : ""));
		if (detail instanceof Error) error.cause = detail;
		if (process.env.NODE_ENV !== "production") console.warn(error.message);
		try {
			onError?.(error);
		} catch {}
	};
}
// ../../packages/core/src/queue/live.ts
/** The live `$crisp` object, or undefined while it is still the queue array (or absent). */
var liveOf = (page) => {
	const queue = page?.$crisp;
	return queue && !Array.isArray(queue) ? queue : void 0;
};
var safely = (read) => {
	try {
		return read();
	} catch {
		return;
	}
};
/** `$crisp.get(key, arg)` on the live client; undefined before load and whenever Crisp throws. */
var askGet = (page, key, arg) => safely(() => liveOf(page)?.get(key, arg));
/** `$crisp.is(key)` on the live client; undefined before load and whenever Crisp throws. */
var askIs = (page, key) => safely(() => liveOf(page)?.is(key));
// ../../packages/core/src/state/chat-state.ts
var CHAT_EVENTS = [
	"chat:opened",
	"chat:closed",
	"message:received",
	"website:availability:changed"
];
var readChat = (page) => ({
	chatOpened: !!askIs(page, "chat:opened"),
	unreadCount: askGet(page, "chat:unread:count") || 0,
	websiteAvailable: askIs(page, "website:available") ?? null
});
/** Re-reads the chat state from Crisp (which has already updated it when its events fire). */
var syncChat = (kit) => {
	if (kit.store.get().status === "ready") kit.store.set(readChat(kit.page));
};
/** Subscribes a state listener; the first one starts the tracking and the last one stops it. */
function trackChat(kit, listener) {
	const stop = kit.store.subscribe(listener);
	if (!kit.listeners++) kit.tracking = CHAT_EVENTS.map((event) => kit.on(event, () => syncChat(kit)));
	let subscribed = true;
	return () => {
		if (!subscribed) return;
		subscribed = false;
		stop();
		if (!--kit.listeners) kit.tracking.forEach((release) => release());
	};
}
// ../../packages/core/src/development/describe-value.ts
/** `"a b"`, `42`, `null`, `["CTO"]`, `a function`: what the app passed, in a message. */
function describeValue(value) {
	if (typeof value === "function") return "a function";
	if (typeof value === "bigint" || typeof value === "symbol" || value === void 0) return String(value);
	let text;
	try {
		text = JSON.stringify(value);
	} catch {
		return Array.isArray(value) ? "an array" : "an object";
	}
	if (typeof value === "number") text = String(value);
	return text.length > 60 ? text.slice(0, 57) + "…" : text;
}
// ../../packages/core/src/protocol/guards.ts
/** Digits (`0`-`9`) by char code (`NaN` past the end is not one). */
var isDigit = (code) => code > 47 && code < 58;
/** The separators Crisp allows between digit groups: space \ - . / */
var isSeparator = (code) => code == 32 || code == 92 || code > 44 && code < 48;
/**
* Whether Crisp's phone check accepts `text`, read in linear time. Crisp's own pattern tries every
* way to split a run of digits into groups before refusing, which doubles per digit (26 digits then
* a letter froze the page for 1.4 s). Here each part is taken whole, the longest it can be: the
* country code (`+` or `00` and 1 to 3 digits, optionally in brackets), then each digit group
* (bracket, digits, bracket, separator). What may follow a part never starts with a digit or a `)`
* and never needs the separator it took, so the longest part loses no match, and every character
* is read a bounded number of times.
*/
function isPhoneText(text) {
	const code = (index) => text.charCodeAt(index);
	let at = code(0) == 40 ? 1 : 0;
	const plus = code(at) == 43;
	if (plus || text.startsWith("00", at)) {
		at += plus ? 1 : 2;
		const first = code(at) - 48;
		at = first > 0 && first < 10 ? at + (isDigit(code(at + 1)) ? first < 5 && isDigit(code(at + 2)) ? 3 : 2 : 1) : 0;
		if (at && code(at) == 41) at++;
	} else at = 0;
	if (isSeparator(code(at))) at++;
	for (let next = at;; at = next) {
		if (code(next) == 40) next++;
		if (!isDigit(code(next))) break;
		while (isDigit(code(++next)));
		if (code(next) == 41) next++;
		if (isSeparator(code(next))) next++;
	}
	if (at == text.length) return true;
	if (isSeparator(code(at))) at++;
	const word = text.slice(at, at + 9).toLowerCase();
	at += word == "extension" ? 9 : word.startsWith("ext.") ? 4 : word.startsWith("ext") ? 3 : /^[#x]/.test(word) ? 1 : 99;
	if (isSeparator(code(at))) at++;
	if (!isDigit(code(at))) return false;
	while (isDigit(code(++at)));
	return at == text.length;
}
/**
* Whether a `user:phone` value is one Crisp accepts (a number counts as its decimal text). Keeping
* the others away keeps Crisp's exponential check from freezing the page on a value a visitor typed.
*/
var isSafePhone = (value) => {
	const text = typeof value == "number" ? "" + value : value;
	return typeof text == "string" && text != "" && isPhoneText(text);
};
/**
* A `session:data` key Crisp accepts, as the object key it becomes (so as text): 1 to 50 ASCII
* letters, digits, `_`, `-` (and the backslash Crisp lets through). One refused key makes Crisp drop the whole command, good pairs included.
*/
var isDataKey = (key) => {
	const text = textOf(key);
	return /^[\w\\-]{1,50}$/.test(text) && text !== "__proto__";
};
/** A `session:data` value Crisp accepts; one refused value drops the whole command as well. */
var isDataValue = (value) => typeof value == "string" || typeof value == "number" || typeof value == "boolean";
/** A plain object (not null, not an array): what the kit's object parameters must be. */
var isObject = (value) => !!value && typeof value === "object" && !Array.isArray(value);
// ../../packages/core/src/development/do-refusal.ts
var isFilledString$1 = (value) => typeof value === "string" && value !== "";
var isRecord$1 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
/** The text fields each message type needs (Crisp only checks they are truthy). */
var MESSAGE_FIELDS = {
	file: [
		"name",
		"url",
		"type"
	],
	animation: ["url", "type"],
	audio: ["url", "type"],
	picker: ["id", "text"],
	field: [
		"id",
		"text",
		"explain"
	],
	carousel: ["text"]
};
var isChoice = (choice) => isRecord$1(choice) && typeof choice.value === "string" && typeof choice.label === "string" && (choice.selected === void 0 || typeof choice.selected === "boolean");
/** Crisp sends every type but `carousel`, which only `message:show` displays. */
function messageRefusal(action, [type, content]) {
	if (type === "text") return isFilledString$1(content) ? void 0 : `${action}: a text message needs non-empty text`;
	const fields = typeof type === "string" && Object.hasOwn(MESSAGE_FIELDS, type) && (type !== "carousel" || action === "message:show") ? MESSAGE_FIELDS[type] : void 0;
	if (!fields) return `${action}: no message type ${describeValue(type)} (Crisp would send nothing)`;
	if ((isRecord$1(content) ? fields.find((field) => !isFilledString$1(content[field])) : fields[0]) !== void 0) return `${action}: a ${type} message needs ${fields.join(", ")} as text`;
	const { duration, choices, targets } = content;
	if (type === "audio" && !(typeof duration === "number" && duration > 0)) return `${action}: an audio message needs a duration in seconds, more than 0`;
	if (type === "picker" && !(Array.isArray(choices) && choices.length > 0 && choices.every(isChoice))) return `${action}: a picker needs choices, a non-empty list of { value, label, selected? }`;
	if (type === "carousel" && !(Array.isArray(targets) && targets.length > 0)) return `${action}: a carousel needs targets, a non-empty list`;
}
var isOptionalString = (value) => value === void 0 || typeof value === "string";
/** Why Crisp would refuse (or ignore) `['do', action, args]`; undefined when it runs it. */
function doRefusalOf(action, args) {
	const [first, second] = args;
	switch (action) {
		case "message:send":
		case "message:show": return messageRefusal(action, args);
		case "message:thread:start":
		case "helpdesk:query":
		case "trigger:run": return isFilledString$1(first) ? void 0 : `${action}: expected a name, not ${describeValue(first)}`;
		case "message:thread:end": return isOptionalString(first) ? void 0 : `${action}: the name must be a string`;
		case "helpdesk:article:open": return isFilledString$1(first) && isFilledString$1(second) && isOptionalString(args[2]) && isOptionalString(args[3]) ? void 0 : `${action}: expected (locale, slug, title?, category?) as strings`;
		case "session:reset": return first === void 0 || typeof first === "boolean" ? void 0 : `${action}: reload must be true or false`;
		case "bot:scenario:run":
			if (!isFilledString$1(first)) return `${action}: expected a scenario name, not ${describeValue(first)}`;
			return second === void 0 || isRecord$1(second) && Object.entries(second).every(([key, value]) => isDataKey(key) && isDataValue(value)) ? void 0 : `${action}: variables must be an object of strings, numbers and booleans`;
		case "overlay:open": return first === void 0 || typeof first === "function" ? void 0 : `${action}: the callback must be a function`;
	}
}
// ../../packages/core/src/development/names.ts
/** The 14 events Crisp v2.7.0 takes in `on` / `off`, exact and case-sensitive. */
var EVENT_NAMES = {
	"session:loaded": 1,
	"chat:initiated": 1,
	"chat:opened": 1,
	"chat:closed": 1,
	"message:sent": 1,
	"message:received": 1,
	"message:compose:sent": 1,
	"message:compose:received": 1,
	"user:email:changed": 1,
	"user:phone:changed": 1,
	"user:nickname:changed": 1,
	"user:avatar:changed": 1,
	"website:availability:changed": 1,
	"helpdesk:queried": 1
};
var SET_KEYS = {
	"user:email": 1,
	"user:phone": 1,
	"user:nickname": 1,
	"user:avatar": 1,
	"user:company": 1,
	"session:data": 1,
	"session:segments": 1,
	"session:event": 1,
	"message:text": 1
};
/** `do` actions, those of v2.7.0 and the few newer clients add (`bot:scenario:run`, `overlay:*`). */
var DO_ACTIONS = {
	"chat:open": 1,
	"chat:close": 1,
	"chat:toggle": 1,
	"chat:show": 1,
	"chat:hide": 1,
	"message:send": 1,
	"message:show": 1,
	"message:read": 1,
	"message:thread:start": 1,
	"message:thread:end": 1,
	"helpdesk:search": 1,
	"helpdesk:query": 1,
	"helpdesk:article:open": 1,
	"session:reset": 1,
	"trigger:run": 1,
	"bot:scenario:run": 1,
	"overlay:open": 1,
	"overlay:close": 1
};
/** `config` keys, each with the kind of value it takes. */
var CONFIG_KEYS = {
	"availability:tooltip": "boolean",
	"hide:vacation": "boolean",
	"hide:on:away": "boolean",
	"hide:on:mobile": "boolean",
	"position:reverse": "boolean",
	"sound:mute": "boolean",
	"show:operator:count": "boolean",
	"container:index": "number",
	"color:theme": "theme"
};
var THEME_COLORS = [
	"default",
	"amber",
	"black",
	"blue",
	"blue_grey",
	"light_blue",
	"brown",
	"cyan",
	"green",
	"light_green",
	"grey",
	"indigo",
	"orange",
	"deep_orange",
	"pink",
	"purple",
	"deep_purple",
	"red",
	"teal"
];
/** The colours Crisp documents for `session:event` (its client passes any value on unchecked). */
var EVENT_COLORS = [
	"red",
	"orange",
	"yellow",
	"green",
	"blue",
	"purple",
	"pink",
	"brown",
	"grey",
	"black"
];
/** An own name of a table (`'toString' in table` would be true; this is not). */
var isNameIn = (table, name) => typeof name === "string" && Object.prototype.hasOwnProperty.call(table, name);
// ../../packages/core/src/development/set-refusal.ts
/** No whitespace, exactly one `@`, a dot after it: all Crisp asks of an address (no length limit). */
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Identity verification: HMAC-SHA256 in lowercase hex. */
var SIGNATURE = /^[\da-f]{64}$/;
/** Lowercase `http://` or `https://` and at least one more character, no line break. */
var AVATAR = /^https?:\/\/.+$/;
var MAX_SEGMENT_LENGTH = 80;
var isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
var isFilledString = (value) => typeof value === "string" && value !== "";
function emailRefusal([email, signature]) {
	if (typeof email !== "string" || !EMAIL.test(email)) return `user:email: ${describeValue(email)} is not an email`;
	if (signature === void 0 || signature === null) return void 0;
	if (typeof signature !== "string") return `user:email: the signature must be a string, not ${describeValue(signature)}`;
	if (!SIGNATURE.test(signature)) return `user:email: signature ${describeValue(signature)} is not an HMAC-SHA256 in lowercase hex (64 characters)`;
}
var COMPANY_DETAILS = [
	"url",
	"description",
	"employment",
	"geolocation"
];
function companyRefusal([name, details]) {
	if (!isFilledString(name)) return `user:company: the name must be a non-empty string, not ${describeValue(name)}`;
	if (details === void 0) return void 0;
	if (!isRecord(details)) return `user:company: details must be an object, not ${describeValue(details)}`;
	const unknown = Object.keys(details).find((key) => !COMPANY_DETAILS.includes(key));
	if (unknown !== void 0) return `user:company: no detail "${unknown}" (Crisp would drop it)`;
	const { url, description, employment, geolocation } = details;
	if (url !== void 0 && typeof url !== "string") return `user:company: url must be a string`;
	if (description !== void 0 && typeof description !== "string") return `user:company: description must be a string`;
	if (employment !== void 0 && !(Array.isArray(employment) && (employment.length === 0 || isFilledString(employment[0]) && typeof employment[1] === "string"))) return `user:company: employment must be [title, role], two strings, not ${describeValue(employment)}`;
	if (geolocation !== void 0 && !(Array.isArray(geolocation) && (geolocation.length === 0 || isFilledString(geolocation[0]) && (geolocation[1] === void 0 || geolocation[1] === null || typeof geolocation[1] === "string")))) return `user:company: geolocation must be [country, city?], strings, not ${describeValue(geolocation)}`;
}
/** Why one pair of session data would be refused (or stored under another key, or as null). */
function dataPairRefusal(key, value, field) {
	if (typeof key !== "string") return `${field} key ${describeValue(key)}: keys must be strings`;
	if (!isDataKey(key)) return `${field} key ${describeValue(key)}: letters, digits, _ and - only, 1 to 50 characters`;
	if (!isDataValue(value)) return `${field} value of "${key}": a string, number or boolean, not ${describeValue(value)}`;
	if (typeof value === "number" && !Number.isFinite(value)) return `${field} value of "${key}": ${value} is not sent`;
}
/**
* `session:data` takes `(key, value)` or one list of `[key, value]` pairs. Crisp's own rule: one
* bad pair refuses the whole command.
*/
function dataRefusal(args) {
	const [first] = args;
	const isList = Array.isArray(first) && Array.isArray(first[0]);
	if (!isList && (Array.isArray(first) || isRecord(first))) return "session:data: expected (key, value) or a list of [key, value] pairs";
	const pairs = isList ? first : [args];
	for (const pair of pairs) {
		if (!Array.isArray(pair)) return `session:data: each pair must be [key, value], not ${describeValue(pair)}`;
		const refusal = dataPairRefusal(pair[0], pair[1], "session:data");
		if (refusal) return refusal;
	}
}
function segmentsRefusal([segments, overwrite]) {
	if (!Array.isArray(segments)) return `session:segments: expected a list of segments, not ${describeValue(segments)}`;
	const seen = /* @__PURE__ */ new Set();
	for (const segment of segments) {
		if (typeof segment !== "string") return `session:segments: segment ${describeValue(segment)} is not a string`;
		const trimmed = segment.trim();
		if (trimmed === "") return `session:segments: segment ${describeValue(segment)} is empty`;
		if (trimmed.length > MAX_SEGMENT_LENGTH) return `session:segments: segment ${describeValue(segment)} is longer than ${MAX_SEGMENT_LENGTH} characters`;
		if (seen.has(trimmed)) return `session:segments: segment "${trimmed}" is repeated (Crisp compares them trimmed)`;
		seen.add(trimmed);
	}
	if (overwrite !== void 0 && typeof overwrite !== "boolean") return `session:segments: overwrite must be true or false, not ${describeValue(overwrite)}`;
}
function eventRefusal$1(event) {
	if (!Array.isArray(event)) return `session:event: each event must be [name, data?, color?]`;
	const [name, data, color] = event;
	if (!isFilledString(name)) return `session:event: the name must be a non-empty string, not ${describeValue(name)}`;
	if (data !== void 0 && data !== null) {
		if (!isRecord(data)) return `session:event "${name}": data must be an object, not ${describeValue(data)}`;
		for (const key of Object.keys(data)) {
			const refusal = dataPairRefusal(key, data[key], `session:event "${name}" data`);
			if (refusal) return refusal;
		}
	}
	if (color !== void 0 && color !== null && !EVENT_COLORS.includes(color)) return `session:event "${name}": color ${describeValue(color)} is not one of ${EVENT_COLORS.join(", ")}`;
}
/** `session:event` takes one list of `[name, data?, color?]`, or one event flat: `(name, data?, color?)`. */
function eventsRefusal(args) {
	const [first] = args;
	const events = Array.isArray(first) ? first : [args];
	if (events.length === 0) return "session:event: no events";
	for (const event of events) {
		const refusal = eventRefusal$1(event);
		if (refusal) return refusal;
	}
}
/** Why Crisp would refuse (or lose) `['set', key, args]`; undefined when it accepts and uses it. */
function setRefusalOf(key, args) {
	const [value] = args;
	switch (key) {
		case "user:email": return emailRefusal(args);
		case "user:phone": return isSafePhone(value) ? void 0 : `user:phone: ${describeValue(value)} is not a phone number Crisp accepts`;
		case "user:nickname": return isFilledString(value) ? void 0 : `user:nickname: expected a non-empty string, not ${describeValue(value)}`;
		case "user:avatar": return typeof value === "string" && AVATAR.test(value) ? void 0 : `user:avatar: ${describeValue(value)} is not an http:// or https:// URL (lowercase scheme)`;
		case "user:company": return companyRefusal(args);
		case "session:data": return dataRefusal(args);
		case "session:segments": return segmentsRefusal(args);
		case "session:event": return eventsRefusal(args);
		case "message:text": return typeof value === "string" ? void 0 : `message:text: expected a string, not ${describeValue(value)}`;
	}
}
// ../../packages/core/src/development/refusal-of.ts
/** Crisp wraps arguments that are not an array into one; no arguments is none. */
var argumentsOf = (args) => args === void 0 ? [] : Array.isArray(args) ? args : [args];
function configRefusal(key, args) {
	if (!isNameIn(CONFIG_KEYS, key)) return `config ${describeValue(key)}: no such key`;
	const [value] = args;
	const kind = CONFIG_KEYS[key];
	if (kind === "boolean" && typeof value !== "boolean") return `config ${key}: expected true or false`;
	if (kind === "number" && !(typeof value === "number" && Number.isFinite(value))) return `config ${key}: expected a number`;
	if (kind === "theme" && !THEME_COLORS.includes(value)) return `config ${key}: ${describeValue(value)} is not one of ${THEME_COLORS.join(", ")}`;
}
var eventRefusal = (verb, event) => isNameIn(EVENT_NAMES, event) ? void 0 : `${verb} ${describeValue(event)}: no such event`;
/**
* Why Crisp would refuse `command` (or take it and drop or garble it), as a message that names the
* field; undefined when Crisp accepts it and uses it. Covers `['set', key, args]`,
* `['do', action, args?]`, `['config', key, [value]]`, `['on', event, handler]`, `['off', event]`
* and `['safe', enabled]`.
*/
function refusalOf(command) {
	if (!Array.isArray(command)) return `a command must be an array, not ${describeValue(command)}`;
	const [verb, name, args] = command;
	switch (verb) {
		case "set": return isNameIn(SET_KEYS, name) ? setRefusalOf(name, argumentsOf(args)) : `set ${describeValue(name)}: no such key`;
		case "do": return isNameIn(DO_ACTIONS, name) ? doRefusalOf(name, argumentsOf(args)) : `do ${describeValue(name)}: no such action`;
		case "config": return configRefusal(name, argumentsOf(args));
		case "on": return eventRefusal("on", name) ?? (typeof args === "function" ? void 0 : `on ${name}: the handler must be a function`);
		case "off": return eventRefusal("off", name);
		case "safe": return name === void 0 || typeof name === "boolean" ? void 0 : "safe: expected true or false";
	}
	return `${describeValue(verb)}: no such verb (Crisp would ignore the command)`;
}
// ../../packages/core/src/state/session.ts
/** The session exists: the state says so, with what Crisp knows of the chat. */
function markReady(kit, sessionId) {
	kit.loader.ready();
	kit.store.set({
		status: "ready",
		error: null,
		sessionId: typeof sessionId === "string" && sessionId || askGet(kit.page, "session:identifier") || null,
		...readChat(kit.page)
	});
}
/** Listens for the next session, once; the registration leaves when it fires. */
function awaitSession(kit) {
	const stop = kit.on("session:loaded", (sessionId) => {
		stop();
		markReady(kit, sessionId);
	});
}
// ../../packages/core/src/loader/globals.ts
/**
* Sets (or, with `undefined`, clears) a Crisp global. Never `delete`: a page may have declared
* the global with `var`, and deleting such a global throws in strict code (every ES module).
*/
var setGlobal = (page, name, value) => {
	page[name] = value;
};
/** Writes the globals Crisp's loader reads when it executes (and again at each session reset). */
function writeGlobals(page, options, onReady) {
	setGlobal(page, "CRISP_WEBSITE_ID", options.websiteId);
	if (options.tokenId != null && !registry().revoked) setGlobal(page, "CRISP_TOKEN_ID", options.tokenId);
	if (options.cookieDomain) setGlobal(page, "CRISP_COOKIE_DOMAIN", options.cookieDomain);
	if (options.cookieExpire) setGlobal(page, "CRISP_COOKIE_EXPIRE", options.cookieExpire);
	if (options.nonce) setGlobal(page, "CRISP_INCLUDE_ATTRS", {
		...page.CRISP_INCLUDE_ATTRS,
		nonce: options.nonce
	});
	setGlobal(page, "CRISP_RUNTIME_CONFIG", {
		...page.CRISP_RUNTIME_CONFIG,
		...options.runtimeConfig,
		...options.locale && { locale: options.locale }
	});
	const previous = page.CRISP_READY_TRIGGER;
	setGlobal(page, "CRISP_READY_TRIGGER", function() {
		previous?.call(this);
		onReady();
	});
}
// ../../packages/core/src/visitor/visitor.ts
var fresh = (identified) => ({
	fields: /* @__PURE__ */ new Map(),
	data: /* @__PURE__ */ new Map(),
	segments: /* @__PURE__ */ new Set(),
	identified
});
var createVisitor = (token) => ({
	token,
	fields: /* @__PURE__ */ new Map(),
	data: /* @__PURE__ */ new Map(),
	segments: /* @__PURE__ */ new Set(),
	overwrite: false,
	contributions: /* @__PURE__ */ new Set(),
	hides: 0,
	hidden: false,
	held: [],
	received: fresh(token != null)
});
/**
* Whether consent keeps the visitor away from Crisp: it is pending (not given yet) or revoked.
* Nothing of theirs is sent then, not even to the queue, since a Crisp the page already had may
* be reading it; the grant sends the wanted visitor.
*/
var isWithheld = (kit) => /^(pending|revoked)$/.test(kit.store.get().consent);
/** Sends what Crisp's session lacks of the wanted visitor: nothing when it already holds it all. */
function reconcile(kit) {
	const { visitor, send } = kit;
	if (visitor.settling) return;
	const { received } = visitor;
	const hidden = visitor.hides > 0 || kit.store.get().consent === "revoked";
	if (hidden !== visitor.hidden) {
		visitor.hidden = hidden;
		send(["do", hidden ? "chat:hide" : "chat:show"]);
	}
	if (isWithheld(kit)) return;
	visitor.fields.forEach((json, key) => {
		if (received.fields.get(key) === json) return;
		received.fields.set(key, json);
		received.identified = true;
		send([
			"set",
			key,
			JSON.parse(json)
		]);
	});
	const data = new Map(visitor.data);
	const segments = new Set(visitor.segments);
	visitor.contributions.forEach((contribution) => {
		const own = contribution.data || {};
		Object.keys(own).forEach((key) => data.set(key, own[key] ?? ""));
		contribution.segments?.forEach((segment) => segments.add(segment));
	});
	const pairs = [];
	data.forEach((value, key) => {
		if (Object.is(received.data.get(key), value)) return;
		received.data.set(key, value);
		pairs.push([key, value]);
	});
	if (pairs.length) send([
		"set",
		"session:data",
		[pairs]
	]);
	const added = [...segments].filter((segment) => !received.segments.has(segment));
	const overwrite = visitor.overwrite && (!received.overwritten || added.length > 0 || segments.size !== received.segments.size);
	visitor.overwrite = false;
	if (overwrite) {
		received.segments.clear();
		received.overwritten = true;
	}
	if (!added.length && !overwrite) return;
	segments.forEach((segment) => received.segments.add(segment));
	send([
		"set",
		"session:segments",
		[overwrite ? [...segments] : added, overwrite]
	]);
}
var DERIVED = /^set (user:|session:(data|segments)$)/;
var PERSONAL = /^(set (user:|session:|message:)|do message:(send|show)$)/;
/**
* Takes the commands matching `pattern` (`"verb name"`) out of the queue the kit started with,
* even once the live client exists: Crisp's loader hands that array to the client only after
* the live object is there, so it may still be waiting to run.
*/
function unqueue(kit, pattern) {
	const { queue } = kit;
	if (queue) for (let i = queue.length; i--;) {
		const [verb, name] = Array.isArray(queue[i]) ? queue[i] : [];
		if (pattern.test(verb + " " + (typeof name === "string" ? name : ""))) queue.splice(i, 1);
	}
}
/**
* Forgets the visitor: their fields, data and segments are no longer wanted, so no later session
* gets them. What the current session has, or will get from the queue, stays there (`restart`
* replaces the session at a boundary).
*/
function forget(kit) {
	const { visitor } = kit;
	visitor.tokenUnknown = false;
	visitor.fields.clear();
	visitor.data.clear();
	visitor.segments.clear();
}
/**
* Starts a new Crisp session, and sends it the wanted visitor a microtask later, once whatever
* else the app changes in the same task has changed it too. At a visitor boundary
* (a new token, a logout, a revoke) the previous visitor's fields, data and segments are
* forgotten first. The globals are rewritten; commands for the session being replaced that Crisp
* has not processed yet are taken out of the queue; once `l.js` has executed (it copied the
* globals already) a `session:reset` makes Crisp read the globals again and start anew. Without
* consent nothing is sent: the grant restarts.
*/
function restart(kit, boundary) {
	const { page, visitor, store } = kit;
	if (boundary) forget(kit);
	unqueue(kit, boundary ? PERSONAL : DERIVED);
	const withheld = isWithheld(kit);
	setGlobal(page, "CRISP_TOKEN_ID", kit.store.get().consent === "revoked" ? void 0 : visitor.token);
	const pending = Array.isArray(page.$crisp);
	visitor.received = fresh(page.CRISP_TOKEN_ID != null);
	store.set({ sessionId: null });
	if (!pending || kit.loader.executed) {
		if (!withheld) {
			kit.send(["do", "session:reset"]);
			awaitSession(kit);
		}
		registry().stale = withheld;
	}
	if (!visitor.settling) {
		visitor.settling = true;
		queueMicrotask(() => {
			visitor.settling = false;
			reconcile(kit);
		});
	}
}
// ../../packages/core/src/visitor/content-of.ts
/** The content of `value` as comparable text, or undefined (reported) when JSON cannot hold it. */
function contentOf(value, field, report) {
	try {
		return JSON.stringify(value, (_key, inner) => inner && typeof inner === "object" && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a < b ? -1 : 1)) : inner);
	} catch (error) {
		report(field, error);
		return;
	}
}
// ../../packages/core/src/visitor/want.ts
/**
* The session-data pairs Crisp accepts. One bad pair would make it drop the whole command, good
* pairs included (silently, before its client is live), so only that pair is refused and reported.
*/
var acceptedPairs = (pairs, report) => pairs.filter((pair) => {
	if (!Array.isArray(pair)) return report("session:data");
	const [name, value] = pair;
	const field = (isDataKey(name) ? "session:data " : "session:data key ") + textOf(name);
	if (process.env.NODE_ENV !== "production") {
		const refusal = refusalOf([
			"set",
			"session:data",
			[name, value]
		]);
		if (refusal) return report(field, refusal);
	}
	return isDataKey(name) && isDataValue(value) || report(field);
});
var VISITOR_KEY = /^(user:(email|phone|nickname|avatar|company)|session:(data|segments))$/;
/**
* Takes `command` into the wanted visitor when it sets a user field, session data or segments
* (and returns true); anything else is left to the caller (false). Refused input is reported,
* naming the field, and changes nothing. The caller reconciles.
*/
function want(kit, command) {
	const [verb, key, input] = command;
	if (verb !== "set" || typeof key !== "string" || !VISITOR_KEY.test(key)) return false;
	const { visitor, report } = kit;
	if (process.env.NODE_ENV !== "production" && key !== "session:data") {
		const refusal = refusalOf(command);
		if (refusal) return report(key, refusal), true;
	}
	const args = Array.isArray(input) ? input : [input];
	if (key === "session:data") acceptedPairs(Array.isArray(args[0]) && Array.isArray(args[0][0]) ? args[0] : [args], report).forEach(([name, value]) => visitor.data.set(textOf(name), value));
	else if (key === "session:segments") {
		if (!Array.isArray(args[0])) return report(key), true;
		if (args[1] === true) {
			visitor.segments.clear();
			visitor.overwrite = true;
		}
		args[0].forEach((segment) => visitor.segments.add(segment));
	} else if (key === "user:phone" && !isSafePhone(args[0])) report(key);
	else {
		const json = contentOf(args, key, report);
		if (json) visitor.fields.set(key, json);
	}
	return true;
}
// ../../packages/core/src/visitor/contribute.ts
var inert = Object.assign(() => {}, { update() {} });
/** A copy of what Crisp accepts of `contribution`; refusals are reported, naming the field. */
function accepted(kit, contribution) {
	if (!isObject(contribution)) return kit.report("contribution"), {};
	const { data, segments } = contribution;
	const copy = {};
	if (data !== void 0) {
		if (!isObject(data)) kit.report("session:data");
		else copy.data = Object.fromEntries(acceptedPairs(Object.keys(data).map((key) => [key, data[key] ?? ""]), kit.report));
	}
	if (segments !== void 0) {
		const refusal = process.env.NODE_ENV !== "production" ? refusalOf([
			"set",
			"session:segments",
			[segments]
		]) : void 0;
		if (refusal || !Array.isArray(segments)) kit.report("session:segments", refusal);
		else copy.segments = [...segments];
	}
	return copy;
}
/**
* Adds `contribution` (session data merged, segments added) to the session, and to every later
* session while it lives, whoever the visitor is (login, logout, locale). Returns the release;
* its `update` replaces what the contribution holds (only what Crisp's session lacks is pushed).
* Released data stays in the current session (it is what operators see).
*/
function contribute(crisp, contribution) {
	const kit = activeKit(crisp);
	if (!kit) return inert;
	const { contributions } = kit.visitor;
	const own = accepted(kit, contribution);
	contributions.add(own);
	reconcile(kit);
	return Object.assign(() => void contributions.delete(own), { update(next) {
		if (!contributions.has(own)) return;
		const { data, segments } = accepted(kit, next);
		own.data = data;
		own.segments = segments;
		reconcile(kit);
	} });
}
// ../../packages/svelte/src/context.ts
/**
* The context key set by `provideCrisp` (and `<CrispProvider>`). It holds the client only, never
* state: state goes through useCrispState, which updates only what reads the changed slice.
* `getContext(CrispKey)` is the client or `undefined`, for code that must work without a provider.
*/
var CrispKey = Symbol("crispkit");
/** The client of the nearest `<CrispProvider>` (or `provideCrisp`); stable identity. Throws outside one. */
function useCrisp() {
	const client = getContext(CrispKey);
	if (!client) throw new Error(process.env.NODE_ENV !== "production" ? "crispkit: useCrisp() and the Crisp functions need a provider above them, called in a component's initialisation. Wrap your app (e.g. in +layout.svelte) in <CrispProvider websiteId=\"your-website-id\">, or call provideCrisp({ websiteId }) in the root component's script." : "crispkit: no <CrispProvider>");
	return client;
}
// ../../packages/svelte/src/follow.svelte.ts
var read = (source) => typeof source == "function" ? source() : source;
function follow(source, bind) {}
export { createReporter as C, attach as D, activeKit as E, isActive as O, liveOf as S, textOf as T, isObject as _, contribute as a, askGet as b, forget as c, restart as d, setGlobal as f, refusalOf as g, markReady as h, useCrisp as i, registry as k, isWithheld as l, awaitSession as m, read as n, want as o, writeGlobals as p, CrispKey as r, createVisitor as s, follow as t, reconcile as u, syncChat as v, kitError as w, askIs as x, trackChat as y };
