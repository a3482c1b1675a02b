// Development-only check of command names and argument shapes; production builds drop it.
import type { CrispCommand } from './protocol';

// Names from crisp-protocol.md section 3. Kept as strings so the table stays one small block.
const DO =
  'chat:open chat:close chat:toggle chat:show chat:hide message:send message:show message:read message:thread:start message:thread:end helpdesk:search helpdesk:query helpdesk:article:open session:reset trigger:run bot:scenario:run overlay:open overlay:close';
const SET =
  'user:email user:phone user:nickname user:avatar user:company session:data session:segments session:event message:text';
const CONFIG =
  'availability:tooltip hide:vacation hide:on:away hide:on:mobile position:reverse sound:mute show:operator:count container:index color:theme';
const EVENTS =
  'session:loaded chat:initiated chat:opened chat:closed message:sent message:received message:compose:sent message:compose:received user:email:changed user:phone:changed user:nickname:changed user:avatar:changed website:availability:changed helpdesk:queried';

const NAMES: Record<string, string[]> = {
  do: DO.split(' '),
  set: SET.split(' '),
  config: CONFIG.split(' '),
  on: EVENTS.split(' '),
  off: EVENTS.split(' '),
};

/** [field, explanation] of the first problem, or undefined when the command looks right. */
export function devCheckCommand(command: CrispCommand): [string, string] | undefined {
  if (!Array.isArray(command)) return ['command', 'a command is an array like ["do", "chat:open"]'];
  const [verb, name, args] = command as unknown[];
  if (verb == 'safe') return typeof name == 'boolean' ? undefined : ['safe', 'expects true or false'];
  const names = NAMES[verb as string];
  if (!names) return ['command', 'unknown verb ' + JSON.stringify(verb) + '; use set, do, config, on, off or safe'];
  if (!names.includes(name as string))
    return [String(verb) + ' ' + String(name), 'unknown name; see crisp-protocol.md section 3'];
  if (verb == 'on' && typeof args != 'function') return ['on ' + String(name), 'the handler must be a function'];
  if ((verb == 'set' || verb == 'config') && !Array.isArray(args))
    return [String(verb) + ' ' + String(name), 'arguments must be wrapped in an array'];
  if (verb == 'do' && args !== undefined && !Array.isArray(args))
    return ['do ' + String(name), 'arguments must be wrapped in an array'];
  return undefined;
}
