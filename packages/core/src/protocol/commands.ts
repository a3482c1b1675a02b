// The kinds of command the kit treats apart, and the user fields: written once, here.

/** The user fields Crisp keeps, each set with `['set', 'user:<field>', args]`. */
export const USER_FIELDS = ['email', 'phone', 'nickname', 'avatar', 'company'] as const;

/** A `set` key the visitor's wanted state owns: a user field, the session data or the segments. */
export const isVisitorKey = (key: unknown): key is string =>
  key === 'session:data' ||
  key === 'session:segments' ||
  (typeof key === 'string' && USER_FIELDS.some((field) => key === 'user:' + field));

/** What the kit derives again from the wanted visitor after a new session starts. */
export const isDerived = (verb: unknown, name: unknown): boolean => verb === 'set' && isVisitorKey(name);

/** What speaks for one visitor: never sent into the next visitor's session. */
export const isPersonal = (verb: unknown, name: unknown): boolean =>
  typeof name === 'string' &&
  ((verb === 'set' && /^(user|session|message):/.test(name)) ||
    (verb === 'do' && (name === 'message:send' || name === 'message:show')));

/** An action that means "the visitor wants the chat now": it starts the load whatever the strategy. */
export const wantsChat = (name: unknown): boolean =>
  name === 'chat:open' || name === 'chat:toggle' || name === 'message:send';
