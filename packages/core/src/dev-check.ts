// Development-only explanations of a malformed command; production builds drop this module.
import { CONFIG_KEYS, EVENT_NAMES, isEventName, isName } from './names';
import { textOf } from './errors';
import { DO_RULES, SET_RULES } from './rules';

const TABLES: Record<string, object> = {
  do: DO_RULES,
  set: SET_RULES,
  config: CONFIG_KEYS,
  on: EVENT_NAMES,
  off: EVENT_NAMES,
};

/** [field, explanation] of the first problem of shape or name, or nothing when none is found. */
export function devCheckCommand(command: unknown): [string, string] | undefined {
  if (!Array.isArray(command)) return ['command', 'a command is an array like ["do", "chat:open"]'];
  const [verb, name, args] = command as unknown[];
  if (verb === 'safe') return typeof name === 'boolean' ? undefined : ['safe', 'expects true or false'];
  const table = TABLES[verb as string];
  if (!table || !isName(TABLES, verb))
    return ['command', 'unknown verb ' + textOf(verb) + '; use set, do, config, on, off or safe'];
  const field = textOf(verb) + ' ' + textOf(name);
  if (!isName(table, name) && !(table === EVENT_NAMES && isEventName(name)))
    return [field, 'Crisp does not know this name, and its client would refuse the command'];
  if (verb === 'on' && typeof args !== 'function') return [field, 'the handler must be a function'];
  if ((verb === 'set' || verb === 'config') && !Array.isArray(args))
    return [field, 'arguments must be wrapped in an array'];
  if (verb === 'do' && args !== undefined && !Array.isArray(args))
    return [field, 'arguments must be wrapped in an array'];
  return undefined;
}
