// Development only: whether Crisp accepts a command and uses it, and if not, why, naming the field.
// Callers guard it with `process.env.NODE_ENV !== 'production'`, so production bundles drop this
// folder with its name tables.
import { describeValue } from './describe-value';
import { doRefusalOf } from './do-refusal';
import { CONFIG_KEYS, DO_ACTIONS, EVENT_NAMES, SET_KEYS, THEME_COLORS, isNameIn } from './names';
import { setRefusalOf } from './set-refusal';

/** Crisp wraps arguments that are not an array into one; no arguments is none. */
const argumentsOf = (args: unknown): readonly unknown[] =>
  args === undefined ? [] : Array.isArray(args) ? args : [args];

function configRefusal(key: unknown, args: readonly unknown[]): string | undefined {
  if (!isNameIn(CONFIG_KEYS, key)) return `config ${describeValue(key)}: no such key`;
  const [value] = args;
  const kind = CONFIG_KEYS[key as keyof typeof CONFIG_KEYS];
  if (kind === 'boolean' && typeof value !== 'boolean') return `config ${key}: expected true or false`;
  if (kind === 'number' && !(typeof value === 'number' && Number.isFinite(value))) {
    return `config ${key}: expected a number`;
  }
  if (kind === 'theme' && !THEME_COLORS.includes(value as (typeof THEME_COLORS)[number])) {
    return `config ${key}: ${describeValue(value)} is not one of ${THEME_COLORS.join(', ')}`;
  }
}

// Newer clients take a Widget Tool's handler under `hugo:tool:<name>` (crisp-sdk-web's hugo.onTool).
const isToolEvent = (event: unknown): boolean => typeof event === 'string' && /^hugo:tool:./.test(event);

const eventRefusal = (verb: string, event: unknown): string | undefined =>
  isNameIn(EVENT_NAMES, event) || isToolEvent(event) ? undefined : `${verb} ${describeValue(event)}: no such event`;

/**
 * Why Crisp would refuse `command` (or take it and drop or garble it), as a message that names the
 * field; undefined when Crisp accepts it and uses it. Covers `['set', key, args]`,
 * `['do', action, args?]`, `['config', key, [value]]`, `['on', event, handler]`, `['off', event]`
 * and `['safe', enabled]`.
 */
export function refusalOf(command: readonly unknown[]): string | undefined {
  if (!Array.isArray(command)) return `a command must be an array, not ${describeValue(command)}`;
  const [verb, name, args] = command as unknown[];
  switch (verb) {
    case 'set':
      return isNameIn(SET_KEYS, name)
        ? setRefusalOf(name, argumentsOf(args))
        : `set ${describeValue(name)}: no such key`;
    case 'do':
      return isNameIn(DO_ACTIONS, name)
        ? doRefusalOf(name, argumentsOf(args))
        : `do ${describeValue(name)}: no such action`;
    case 'config':
      return configRefusal(name, argumentsOf(args));
    case 'on':
      return (
        eventRefusal('on', name) ??
        (typeof args === 'function' ? undefined : `on ${name as string}: the handler must be a function`)
      );
    case 'off':
      return eventRefusal('off', name);
    case 'safe':
      return name === undefined || typeof name === 'boolean' ? undefined : 'safe: expected true or false';
  }
  return `${describeValue(verb)}: no such verb (Crisp would ignore the command)`;
}
