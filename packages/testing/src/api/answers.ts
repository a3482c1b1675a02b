// Crisp's answer bodies: `{ error, reason, data }` with the status Crisp gives each reason.

export interface FakeAnswer {
  status: number;
  reason: string;
  data: unknown;
  headers?: Record<string, string>;
}

export const ok = (data: unknown, reason = 'resolved'): FakeAnswer => ({ status: 200, reason, data });
export const created = (data: unknown): FakeAnswer => ({ status: 201, reason: 'added', data });
export const refused = (status: number, reason: string, message?: string): FakeAnswer => ({
  status,
  reason,
  data: message ? { namespace: 'request', message } : {},
});
export const invalid = (message: string): FakeAnswer => refused(400, 'invalid_data', message);

/** The HTTP answer for a Crisp answer (HEAD: the status and headers alone). */
export function toResponse(answer: FakeAnswer, method: string): Response {
  const headers = { 'content-type': 'application/json; charset=utf-8', ...answer.headers };
  const body =
    method == 'HEAD' ? null : JSON.stringify({ error: answer.status >= 400, reason: answer.reason, data: answer.data });
  return new Response(body, { status: answer.status, headers });
}
