export type BodyBytes = { ok: true; bytes: Buffer } | { ok: false; status: 400 | 413; error: string };

const tooLarge = (size: string, maxBytes: number): BodyBytes => ({ ok: false, status: 413, error: `The body is ${size} bytes; at most ${maxBytes} are accepted` });

/**
 * Reads a request's body up to maxBytes, counting bytes (not characters) as they arrive. A
 * declared Content-Length above the limit is refused before reading; a chunked body that grows
 * past it is refused as soon as it does, and the rest of the stream is cancelled unread, so a
 * 20 MB upload costs at most maxBytes of memory. A stream that breaks off answers 400.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<BodyBytes> {
  const declared = request.headers.get("content-length")?.trim();
  if (declared && /^\d+$/.test(declared) && Number(declared) > maxBytes) return tooLarge(declared, maxBytes);
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError("the body stream gave something other than bytes");
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        return tooLarge(`more than ${maxBytes}`, maxBytes);
      }
      chunks.push(value);
    }
  } catch {
    reader.cancel().catch(() => {});
    return { ok: false, status: 400, error: "The body could not be read to its end; send the request again" };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}
