// The example's server side in Nitro: the React Router example's module (identity signatures and
// verified web hooks with @crispkit/server) answers /api/crisp/signature and /api/crisp/webhook.
import { createAppServer, secretsFromEnvironment, type AppServer } from '../../../../react-router/server/api';

let app: AppServer | undefined;

export default defineEventHandler(async (event) => {
  // Secrets from the server's environment at run time (CRISP_IDENTITY_SECRET, CRISP_WEBHOOK_SECRET).
  app ||= createAppServer(secretsFromEnvironment(process.env), console.info);
  const response = await app.fetch(toWebRequest(event));
  if (!response) throw createError({ statusCode: 404 });
  return response;
});
