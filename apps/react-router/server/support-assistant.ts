// What the app does when a visitor writes in (a `message:send` web hook): for a signed-in visitor
// (an email Crisp verified), it adds an internal note with the account's plan for the operators,
// once per conversation, and it resolves the conversation when the visitor says thanks. Every step
// reads before it writes, so Crisp delivering the same hook again changes nothing.
import { isCrispApiError, type CrispApi, type MessageEventData } from '@crispkit/server';
import type { AccountDirectory } from './accounts';

/** Marks the assistant's notes, so it can tell whether it already wrote one. */
export const PLAN_NOTE_PREFIX = '[Acme] Plan:';

/** A visitor's "thanks": short messages that close the matter (not "thanks, but it still fails"). */
const THANKS =
  /^\s*(thanks?( you)?|thank you( so much| very much)?|thx|ty|cheers|merci|many thanks)\b[\s!.,:)🙏👍]*$/iu;

export function isThanks(text: string): boolean {
  return THANKS.test(text);
}

export interface SupportAssistant {
  onVisitorMessage(message: MessageEventData): Promise<void>;
}

export function createSupportAssistant(options: {
  crisp: CrispApi;
  accounts: AccountDirectory;
  log: (line: string) => void;
}): SupportAssistant {
  const { crisp, accounts, log } = options;

  /** True when the conversation already has the assistant's note (a retried delivery, a later message). */
  async function hasPlanNote(websiteId: string, sessionId: string): Promise<boolean> {
    const messages = await crisp.conversations.getMessages({ websiteId, sessionId });
    return messages.some(
      (m) => m.type == 'note' && typeof m.content == 'string' && m.content.startsWith(PLAN_NOTE_PREFIX),
    );
  }

  return {
    async onVisitorMessage(message) {
      if (message.from != 'user') return;
      const websiteId = message.website_id;
      const sessionId = message.session_id;
      const conversation = await crisp.conversations.get({ websiteId, sessionId });
      const email = conversation.meta.email;
      // Only an email Crisp verified (signed by this server at sign-in) says who the visitor is:
      // anyone can type an address into the chat.
      if (!email || conversation.is_verified !== true) return log(`[crisp] ${sessionId}: visitor not signed in`);
      const account = await accounts.find(email);
      if (!account) return log(`[crisp] ${sessionId}: no account for ${email}`);

      if (!(await hasPlanNote(websiteId, sessionId))) {
        try {
          await crisp.conversations.sendMessage({
            websiteId,
            sessionId,
            message: {
              type: 'note',
              content: `${PLAN_NOTE_PREFIX} ${account.plan} (${account.name}, ${account.email})`,
            },
          });
        } catch (error) {
          // Maybe sent (no answer): the hook fails, Crisp delivers it again, and hasPlanNote decides.
          if (isCrispApiError(error)) log(`[crisp] ${sessionId}: note not confirmed (${error.kind})`);
          throw error;
        }
      }

      if (typeof message.content == 'string' && isThanks(message.content)) {
        const { changed } = await crisp.conversations.resolve({ websiteId, sessionId });
        log(`[crisp] ${sessionId}: ${changed ? 'resolved' : 'already resolved'} after "${message.content}"`);
      }
    },
  };
}
