// Bytes in and out: UTF-8 encoding, joining, and hex, without Node's Buffer so every runtime runs it.

export type RawBody = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();

/** The bytes of a body exactly as received; strings are encoded as UTF-8, as they went over the wire. */
export function toBytes(body: RawBody): Uint8Array<ArrayBuffer> {
  if (typeof body == 'string') return encoder.encode(body);
  // A copy, which Web Crypto accepts whatever buffer backed the view (even a SharedArrayBuffer).
  // isView, not instanceof: a Uint8Array from another realm (a vm context, a test DOM) counts too.
  const copy = new Uint8Array(body.byteLength);
  copy.set(
    ArrayBuffer.isView(body) ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : new Uint8Array(body),
  );
  return copy;
}

/**
 * The bytes of a body for Web Crypto, without a copy when they already sit in a plain ArrayBuffer
 * (a copy only for strings, SharedArrayBuffer views and the like): a body is never copied twice.
 */
export function bytesView(body: RawBody): Uint8Array<ArrayBuffer> {
  if (
    typeof body != 'string' &&
    ArrayBuffer.isView(body) &&
    Object.prototype.toString.call(body.buffer) == '[object ArrayBuffer]'
  )
    return body as Uint8Array<ArrayBuffer>;
  if (typeof body != 'string' && Object.prototype.toString.call(body) == '[object ArrayBuffer]')
    return new Uint8Array(body as ArrayBuffer);
  return toBytes(body);
}

/** True for what {@link toBytes} accepts, whichever realm made it. */
export const isRawBody = (body: unknown): body is RawBody =>
  typeof body == 'string' ||
  body instanceof Uint8Array ||
  Object.prototype.toString.call(body) == '[object Uint8Array]' ||
  Object.prototype.toString.call(body) == '[object ArrayBuffer]';

/** The parts one after the other, in one new array (the signed message is built from three). */
export function concatBytes(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** Lowercase hex, the form Crisp writes its signatures in. */
export function toHex(bytes: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(bytes)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
