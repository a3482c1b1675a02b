// POST /api/crisp/webhook on the Node.js runtime: Crisp's plugin web hooks, verified over the raw
// body and run once per delivery however often Crisp sends it.
import { createWebhookHandler } from '@crispkit/server';
import { webhookEvents } from '@/lib/crisp-server';

export const runtime = 'nodejs';

let handler: ((request: Request) => Promise<Response>) | undefined;

export function POST(request: Request): Promise<Response> {
  // Created on the first delivery: the secret is read at run time, never during `next build`.
  handler ??= createWebhookHandler({ secret: process.env.CRISP_WEBHOOK_SECRET!, on: webhookEvents });
  return handler(request);
}
