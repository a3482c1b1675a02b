// POST /api/crisp/webhook-edge on the Edge runtime (Web Crypto, no Node.js API): Crisp's plugin
// web hooks, verified over the raw body and run once per delivery however often Crisp sends it.
import { createWebhookHandler } from '@crispkit/server';
import { webhookEvents } from '@/lib/crisp-server';

export const runtime = 'edge';

// Created when the module loads, as the docs show: `next build` loads it too, with no secret in
// its environment, and creating a handler never throws for that. The secret is read from the
// server's environment at run time; a deployment without it answers 500 `missing-secret`.
export const POST = createWebhookHandler({ secret: process.env.CRISP_WEBHOOK_SECRET!, on: webhookEvents });
