// `do` actions (crisp-protocol.md section 3): what each one changes and which events it fires.
import type { ClientContext } from './context';
import { MESSAGE_SEND_TYPES, MESSAGE_SHOW_TYPES } from './protocol';
import type { FakeMessageType } from './types';

export function openChat(ctx: ClientContext): void {
  if (ctx.state.chatOpened) return;
  ctx.state.chatOpened = true;
  // Opening the chatbox shows the conversation, so nothing is unread any more.
  ctx.state.unreadCount = 0;
  ctx.fire('chat:opened');
}

export function closeChat(ctx: ClientContext): void {
  if (!ctx.state.chatOpened) return;
  ctx.state.chatOpened = false;
  ctx.fire('chat:closed');
}

export function sendUserMessage(ctx: ClientContext, type: FakeMessageType, content: unknown): void {
  const message = ctx.addMessage('user', type, content);
  // Inferred: the first visitor message of a session initiates the chat.
  if (!ctx.state.initiated) {
    ctx.state.initiated = true;
    ctx.fire('chat:initiated');
  }
  ctx.fire('message:sent', message);
  ctx.userMessageSent(message);
}

/** `[type, content]` from `message:send` / `message:show`, or null when malformed. */
function messageArgs(
  ctx: ClientContext,
  action: string,
  args: readonly unknown[],
  allowed: ReadonlySet<string>,
): [FakeMessageType, unknown] | null {
  const [type, content] = args;
  if (typeof type !== 'string' || !allowed.has(type)) {
    ctx.refuse(`${action}: unknown message type ${JSON.stringify(type)}`);
    return null;
  }
  if (type === 'text' ? typeof content !== 'string' : content === null || typeof content !== 'object') {
    ctx.refuse(`${action}: invalid ${type} content`);
    return null;
  }
  return [type as FakeMessageType, content];
}

const NO_STATE_ACTIONS = new Set([
  'message:thread:start',
  'message:thread:end',
  'helpdesk:search',
  'helpdesk:query',
  'helpdesk:article:open',
  'trigger:run',
  'bot:scenario:run',
  'overlay:open',
  'overlay:close',
]);

export function applyDo(ctx: ClientContext, action: unknown, args: readonly unknown[]): void {
  const { state } = ctx;
  switch (action) {
    case 'chat:open':
      return openChat(ctx);
    case 'chat:close':
      return closeChat(ctx);
    case 'chat:toggle':
      return state.chatOpened ? closeChat(ctx) : openChat(ctx);
    case 'chat:show':
      state.chatVisible = true;
      return;
    case 'chat:hide':
      state.chatVisible = false;
      return;
    case 'message:send': {
      const parsed = messageArgs(ctx, action, args, MESSAGE_SEND_TYPES);
      if (parsed) sendUserMessage(ctx, ...parsed);
      return;
    }
    case 'message:show': {
      // Shown locally as if from an operator; not part of the remote conversation, no event.
      const parsed = messageArgs(ctx, action, args, MESSAGE_SHOW_TYPES);
      if (parsed) ctx.addMessage('operator', parsed[0], parsed[1], 'local');
      return;
    }
    case 'message:read':
      state.unreadCount = 0;
      return;
    case 'session:reset':
      // `[true]` would reload the page; the fake never reloads, it resets the same way.
      return ctx.resetSession();
    default:
      if (typeof action === 'string' && NO_STATE_ACTIONS.has(action)) {
        // Views and automations the fake does not model: recorded in `commands`, nothing else.
        if ((action === 'trigger:run' || action === 'helpdesk:query') && typeof args[0] !== 'string') {
          ctx.refuse(`${action}: expected a name`);
        }
        return;
      }
      ctx.refuse(`do: unknown action ${JSON.stringify(action)}`);
  }
}
