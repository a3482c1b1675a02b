// The example's server side, as Fetch handlers: it signs the signed-in user's email for Crisp's
// identity verification, and receives Crisp's web hooks (verified, de-duplicated), answering a
// visitor's message through Crisp's REST API when a token is configured (support-assistant.ts).
// Mounted by the Vite dev server (vite-plugin.ts), the browser tests' server (e2e/server.test.ts)
// and its own tests (support-assistant.test.ts).
import { createCrispApi, createWebhookHandler, signIdentity, type CrispApi } from '@crispkit/server';
import { toNodeHandler } from '@crispkit/server/node';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAccountDirectory, type AccountDirectory } from './accounts';
import { createSupportAssistant } from './support-assistant';

/**
 * Development defaults, used only when the environment has no secret. Not Crisp's secrets: Crisp
 * refuses signatures made with them, and a production server must set the real ones.
 */
export const DEVELOPMENT_SECRETS = {
  identity: 'development-only-identity-secret-not-for-production',
  webhook: 'development-only-webhook-secret-not-for-production',
} as const;

export interface AppServerSecrets {
  /** The website's identity-verification secret (CRISP_IDENTITY_SECRET). */
  identity: string;
  /** The plugin's web-hook secret (CRISP_WEBHOOK_SECRET). */
  webhook: string;
}

/**
 * Secrets from the server's environment, never from VITE_* variables (those are built into the
 * browser's code). Missing ones fall back to the development defaults, said once in the log.
 */
export function secretsFromEnvironment(
  env: Record<string, string | undefined>,
  log: (line: string) => void = console.warn,
): AppServerSecrets {
  const missing = ['CRISP_IDENTITY_SECRET', 'CRISP_WEBHOOK_SECRET'].filter((name) => !env[name]);
  if (missing.length)
    log(`[crisp] ${missing.join(' and ')} not set: using the development defaults, which Crisp rejects`);
  return {
    identity: env.CRISP_IDENTITY_SECRET || DEVELOPMENT_SECRETS.identity,
    webhook: env.CRISP_WEBHOOK_SECRET || DEVELOPMENT_SECRETS.webhook,
  };
}

/**
 * A REST client from CRISP_API_IDENTIFIER, CRISP_API_KEY (a plugin token by default;
 * CRISP_API_TIER=website for a website token) and CRISP_WEBSITE_ID, or null when they are not
 * set: the web hooks are then only logged.
 */
export function crispApiFromEnvironment(
  env: Record<string, string | undefined>,
  log: (line: string) => void = console.warn,
): CrispApi | null {
  const identifier = env.CRISP_API_IDENTIFIER;
  const key = env.CRISP_API_KEY;
  if (!identifier || !key) {
    log('[crisp] CRISP_API_IDENTIFIER and CRISP_API_KEY not set: web hooks are logged, not answered');
    return null;
  }
  const tier = env.CRISP_API_TIER == 'website' ? 'website' : 'plugin';
  return createCrispApi({
    identifier,
    key,
    tier,
    ...(env.CRISP_WEBSITE_ID ? { websiteId: env.CRISP_WEBSITE_ID } : {}),
  });
}

export interface AppServerOptions {
  /** Crisp's REST API; without it, web hooks are only logged. */
  crisp?: CrispApi | null;
  /** The app's accounts (default: learnt at sign-in). */
  accounts?: AccountDirectory;
}

export interface AppServer {
  /** Answers `/api/crisp/*`; null for any other path (the caller serves the app). */
  fetch(request: Request): Promise<Response | null>;
  /** The same for Node's http and Connect-style stacks: resolves true when it answered. */
  node(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
}

export const SIGNATURE_PATH = '/api/crisp/signature';
export const WEBHOOK_PATH = '/api/crisp/webhook';

export function createAppServer(
  secrets: AppServerSecrets,
  log: (line: string) => void = console.info,
  options: AppServerOptions = {},
): AppServer {
  const accounts = options.accounts ?? createAccountDirectory();
  const assistant = options.crisp ? createSupportAssistant({ crisp: options.crisp, accounts, log }) : null;
  const webhook = createWebhookHandler({
    secret: secrets.webhook,
    on: {
      'message:send': async (message, context) => {
        log(
          `[crisp web hook] message:send in ${message.session_id} (attempt ${context.deliveryAttempt ?? 1}): ${typeof message.content == 'string' ? message.content : message.type}`,
        );
        // Throws when Crisp's API fails: the answer is then 500 and Crisp delivers the hook again.
        await assistant?.onVisitorMessage(message);
      },
      '*': (event, context) =>
        log(
          `[crisp web hook] ${event.event} for website ${context.websiteId} (attempt ${context.deliveryAttempt ?? 1})`,
        ),
    },
    onError: (error, context) => log(`[crisp web hook] ${context.event} failed: ${String(error)}`),
  });

  /**
   * A real app signs the email of the user its session cookie authenticates, never an email the
   * browser names (or anyone could get a signature for anyone's email). This demo keeps its
   * accounts in the browser (src/auth/backend.ts), so it signs the email it is asked about.
   */
  async function signature(request: Request): Promise<Response> {
    const email = new URL(request.url).searchParams.get('email');
    if (!email) return Response.json({ error: 'email-required' }, { status: 400 });
    // Signing in is when this demo's server learns the account (a real one has it in its database).
    accounts.remember(email);
    return Response.json(
      { email, signature: await signIdentity(email, secrets.identity) },
      { headers: { 'cache-control': 'no-store' } },
    );
  }

  const fetch = async (request: Request): Promise<Response | null> => {
    const path = new URL(request.url).pathname;
    if (path == SIGNATURE_PATH)
      return request.method == 'GET' ? signature(request) : new Response(null, { status: 405 });
    if (path == WEBHOOK_PATH) return webhook(request);
    return null;
  };

  const answer = toNodeHandler(async (request) => (await fetch(request)) ?? new Response(null, { status: 404 }));
  const node = async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const path = (request.url ?? '').split('?')[0];
    if (path != SIGNATURE_PATH && path != WEBHOOK_PATH) return false;
    await answer(request, response);
    return true;
  };

  return { fetch, node };
}
