// The app's Crisp server side: its secrets, read when a request needs them (never at module
// load: `next build` loads every route module, and a build has no secrets), and what it does
// with each web hook, shared by the Node.js and the Edge routes.
import { signIdentity, type WebhookHandlers } from '@crispkit/server';

/**
 * The signed-in user's email signed for Crisp's identity verification, or undefined when the
 * server has no CRISP_IDENTITY_SECRET (the email is then sent unsigned, which Crisp accepts unless
 * the website enforces verification).
 */
export async function identitySignature(email: string): Promise<string | undefined> {
  const secret = process.env.CRISP_IDENTITY_SECRET;
  return secret ? signIdentity(email, secret) : undefined;
}

/** What the web-hook routes do with each verified delivery (a real app would act on them). */
export const webhookEvents: WebhookHandlers = {
  'message:send': (message, context) =>
    console.info(`[crisp web hook] message:send in ${message.session_id} (attempt ${context.deliveryAttempt ?? 1})`),
  '*': (event, context) => console.info(`[crisp web hook] ${event.event} for website ${context.websiteId}`),
};
