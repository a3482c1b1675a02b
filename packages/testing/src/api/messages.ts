// What the fake accepts as a message: the `from` and `origin` Crisp requires, and for each type
// the content Crisp expects. Anything else is Crisp's 400 `invalid_data`.

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value == 'string' && value.trim() !== '';
const texts = (content: Record<string, unknown>, fields: string[]) => fields.every((field) => isText(content[field]));

const CONTENT: Record<string, (content: unknown) => boolean> = {
  text: isText,
  note: isText,
  file: (c) => isObject(c) && texts(c, ['name', 'url', 'type']),
  animation: (c) => isObject(c) && texts(c, ['url', 'type']),
  audio: (c) => isObject(c) && texts(c, ['url', 'type']) && typeof c.duration == 'number' && c.duration >= 0,
  picker: (c) =>
    isObject(c) &&
    texts(c, ['id', 'text']) &&
    Array.isArray(c.choices) &&
    c.choices.length > 0 &&
    c.choices.every(
      (choice) => isObject(choice) && texts(choice, ['value', 'label']) && typeof choice.selected == 'boolean',
    ),
  field: (c) => isObject(c) && texts(c, ['id', 'text', 'explain']),
  carousel: (c) =>
    isObject(c) &&
    isText(c.text) &&
    Array.isArray(c.targets) &&
    c.targets.length > 0 &&
    c.targets.every((target) => isObject(target) && isText(target.title) && Array.isArray(target.actions)),
};

/** Null when Crisp would take the message, else what is wrong with it. */
export function messageProblem(body: unknown): string | null {
  if (!isObject(body)) return 'the body must be an object';
  if (typeof body.type != 'string' || !(body.type in CONTENT)) return `unknown message type ${String(body.type)}`;
  if (body.from !== 'user' && body.from !== 'operator') return 'from must be user or operator';
  if (!isText(body.origin)) return 'origin is required';
  if (!CONTENT[body.type]!(body.content)) return `content does not fit a ${body.type} message`;
  if (body.fingerprint !== undefined && (typeof body.fingerprint != 'number' || !Number.isInteger(body.fingerprint)))
    return 'fingerprint must be an integer';
  return null;
}
