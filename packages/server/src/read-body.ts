// Reading a web hook's body, bounded: at most `maxBytes` (a larger Content-Length is refused before
// a byte is read, a stream that runs past the cap is cancelled) and within `timeoutMs` (a client
// sending a byte a second is cut off). The bytes land once in the signed frame `[timestamp;body]`,
// so the signature check, the delivery key and the JSON parse all read the same buffer.
import { signedFrame } from './verify';

export type BodyFailure = 'body-too-large' | 'body-timeout' | 'body-aborted';

export type BodyRead =
  { ok: true; frame: Uint8Array<ArrayBuffer>; body: Uint8Array<ArrayBuffer> } | { ok: false; reason: BodyFailure };

/** Lets go of a body that will not be read (best effort: a runtime may refuse, nothing depends on it). */
export function discardBody(request: Request): void {
  try {
    request.body?.cancel().catch(() => undefined);
  } catch {
    // Locked or already consumed: nothing to let go of.
  }
}

/** The declared length, or null when absent or not a plain whole number. */
function declaredLength(request: Request): number | null {
  const value = request.headers.get('content-length');
  return value !== null && /^\d{1,16}$/.test(value) ? Number(value) : null;
}

export async function readSignedFrame(
  request: Request,
  timestamp: string,
  maxBytes: number,
  timeoutMs: number,
): Promise<BodyRead> {
  const declared = declaredLength(request);
  if (declared !== null && declared > maxBytes) {
    discardBody(request);
    return { ok: false, reason: 'body-too-large' };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const stop = (reason: BodyFailure): BodyRead => {
      reader.cancel().catch(() => undefined);
      return { ok: false, reason };
    };
    try {
      for (;;) {
        const next = await Promise.race([reader.read(), deadline]);
        if (next == 'timeout') return stop('body-timeout');
        if (next.done) break;
        total += next.value.byteLength;
        if (total > maxBytes) return stop('body-too-large');
        chunks.push(next.value);
      }
    } catch {
      // The client hung up, or the runtime failed the stream.
      return { ok: false, reason: 'body-aborted' };
    } finally {
      clearTimeout(timer);
    }
  }
  const { frame, offset } = signedFrame(timestamp, total);
  let at = offset;
  for (const chunk of chunks) {
    frame.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, frame, body: frame.subarray(offset, offset + total) };
}
