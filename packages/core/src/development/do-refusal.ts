// Development only: why Crisp would refuse a `do` action, or accept it and do nothing with it.
import { isDataKey, isDataValue } from '../protocol/guards';
import { describeValue } from './describe-value';

const isFilledString = (value: unknown): value is string => typeof value === 'string' && value !== '';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The text fields each message type needs (Crisp only checks they are truthy). */
const MESSAGE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  file: ['name', 'url', 'type'],
  animation: ['url', 'type'],
  audio: ['url', 'type'],
  picker: ['id', 'text'],
  field: ['id', 'text', 'explain'],
  carousel: ['text'],
};

const isChoice = (choice: unknown): boolean =>
  isRecord(choice) &&
  typeof choice.value === 'string' &&
  typeof choice.label === 'string' &&
  (choice.selected === undefined || typeof choice.selected === 'boolean');

/** Crisp sends every type but `carousel`, which only `message:show` displays. */
function messageRefusal(action: string, [type, content]: readonly unknown[]): string | undefined {
  if (type === 'text') {
    return isFilledString(content) ? undefined : `${action}: a text message needs non-empty text`;
  }
  const fields =
    typeof type === 'string' &&
    Object.hasOwn(MESSAGE_FIELDS, type) &&
    (type !== 'carousel' || action === 'message:show')
      ? MESSAGE_FIELDS[type]
      : undefined;
  // Crisp accepts any other type and sends nothing.
  if (!fields) return `${action}: no message type ${describeValue(type)} (Crisp would send nothing)`;
  const missing = isRecord(content) ? fields.find((field) => !isFilledString(content[field])) : fields[0];
  if (missing !== undefined) return `${action}: a ${type as string} message needs ${fields.join(', ')} as text`;
  const { duration, choices, targets } = content as Record<string, unknown>;
  if (type === 'audio' && !(typeof duration === 'number' && duration > 0)) {
    return `${action}: an audio message needs a duration in seconds, more than 0`;
  }
  if (type === 'picker' && !(Array.isArray(choices) && choices.length > 0 && choices.every(isChoice))) {
    return `${action}: a picker needs choices, a non-empty list of { value, label, selected? }`;
  }
  if (type === 'carousel' && !(Array.isArray(targets) && targets.length > 0)) {
    return `${action}: a carousel needs targets, a non-empty list`;
  }
}

const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** Why Crisp would refuse (or ignore) `['do', action, args]`; undefined when it runs it. */
export function doRefusalOf(action: string, args: readonly unknown[]): string | undefined {
  const [first, second] = args;
  switch (action) {
    case 'message:send':
    case 'message:show':
      return messageRefusal(action, args);
    case 'message:thread:start':
    case 'helpdesk:query':
    case 'trigger:run':
      return isFilledString(first) ? undefined : `${action}: expected a name, not ${describeValue(first)}`;
    case 'message:thread:end':
      return isOptionalString(first) ? undefined : `${action}: the name must be a string`;
    case 'helpdesk:article:open':
      return isFilledString(first) && isFilledString(second) && isOptionalString(args[2]) && isOptionalString(args[3])
        ? undefined
        : `${action}: expected (locale, slug, title?, category?) as strings`;
    case 'session:reset':
      return first === undefined || typeof first === 'boolean' ? undefined : `${action}: reload must be true or false`;
    case 'bot:scenario:run':
      if (!isFilledString(first)) return `${action}: expected a scenario name, not ${describeValue(first)}`;
      return second === undefined ||
        (isRecord(second) && Object.entries(second).every(([key, value]) => isDataKey(key) && isDataValue(value)))
        ? undefined
        : `${action}: variables must be an object of strings, numbers and booleans`;
    case 'overlay:open':
      return first === undefined || typeof first === 'function'
        ? undefined
        : `${action}: the callback must be a function`;
  }
  // chat:open/close/toggle/show/hide, message:read, helpdesk:search, overlay:close ignore their arguments.
}
