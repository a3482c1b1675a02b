// `do` actions: what each one changes and which events it fires; malformed ones are refused.
import type { ClientContext } from './context';
import { noSuchNamespace } from './protocol';
import { refuse } from './refusal';
import { checkMessage } from './validate';
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
      // A type the client does not send (a carousel, `TEXT`) is accepted and sends nothing.
      const type = checkMessage(args[0], args[1]);
      if (type && type !== 'carousel') sendUserMessage(ctx, type as FakeMessageType, args[1]);
      return;
    }
    case 'message:show': {
      // Shown locally as if from an operator; not part of the remote conversation, no event.
      const type = checkMessage(args[0], args[1]);
      if (type) ctx.addMessage('operator', type as FakeMessageType, args[1], 'local');
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
          refuse(`${action}: expected a name`);
        }
        return;
      }
      refuse(noSuchNamespace(action));
  }
}
