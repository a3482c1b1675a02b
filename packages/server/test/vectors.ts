// Known-answer vectors, shared by the Node tests and the Chromium test (e2e/server.test.ts).
// The expected values were computed outside this package, with OpenSSL
// (`printf '%s' MESSAGE | openssl dgst -sha256 -hmac SECRET`); the Node tests also recompute
// each one with Node's crypto.createHmac.

export interface IdentityVector {
  email: string;
  secret: string;
  signature: string;
}

export interface WebhookVector {
  body: string;
  timestamp: string;
  secret: string;
  signature: string;
}

export const IDENTITY_VECTORS: IdentityVector[] = [
  // RFC 4231, test case 2: the classic HMAC-SHA256 vector, as an "email".
  {
    email: 'what do ya want for nothing?',
    secret: 'Jefe',
    signature: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  {
    email: 'ada@example.com',
    secret: 's3cr3t',
    signature: '6ac45fa3a67dc4f97e99601beb699b03bc7e7c6d6adb0ec6f67bd595832899eb',
  },
  // Case matters: the email is signed exactly as given.
  {
    email: 'Ada@Example.com',
    secret: 's3cr3t',
    signature: '047f938705e92af94b03d51480be4e570c209e73a2ac9ee2d2fe16968be47c6f',
  },
  // UTF-8 in the email and in the secret.
  {
    email: 'zoë+crisp@exämple.org',
    secret: 'vérif-sécret-ü',
    signature: '813cb8517898724f82c17f1185e4ac1af974c709979a156dccd3760724fb8447',
  },
];

const WEBSITE_ID = '42286ab3-b29a-4fde-8538-da0ae501d825';

/** A `message:send` delivery as Crisp writes it: compact JSON, non-ASCII text. */
export const MESSAGE_SEND_BODY =
  `{"website_id":"${WEBSITE_ID}","event":"message:send","data":{"website_id":"${WEBSITE_ID}",` +
  `"session_id":"session_36ba3566-9651-4790-afc8-ffedbccc317f","type":"text","from":"user","origin":"chat",` +
  `"content":"Héllo — ça va ?","fingerprint":163239623329114,"timestamp":1700000000123,"user":{"nickname":"Ada"}},` +
  `"timestamp":1700000000123}`;

export const WEBHOOK_VECTORS: WebhookVector[] = [
  {
    body: MESSAGE_SEND_BODY,
    timestamp: '1700000000',
    secret: 'plugin-secret',
    signature: '8ab15c74914323721bbe4f55b19c934fb78bc3ab7bef04c841a2a8649d9c586a',
  },
  // The same body with a millisecond timestamp.
  {
    body: MESSAGE_SEND_BODY,
    timestamp: '1700000000123',
    secret: 'plugin-secret',
    signature: '9590e0021d1ac20cfefb34149daeaa4668295c45b450776fc1f978e97f3f3956',
  },
  // An event this package has no type for, in JSON with spaces (signed as is).
  {
    body: '{ "website_id": "w", "event": "website:users:available", "data": { "available": true }, "timestamp": 1700000000000 }',
    timestamp: '1700000000',
    secret: 'plugin-secret',
    signature: '9024b0c96f813bf07b50564ae07fd81d6fbcf407098b204ad8613a55debea2bc',
  },
];
