/**
 * A request whose body arrives in chunks with no Content-Length, as a chunked upload does,
 * recording how many bytes were pulled from it and whether the reader cancelled it.
 */
export function chunkedRequest(url: string, chunks: () => Iterator<Uint8Array>, headers: HeadersInit = {}) {
  const seen = { pulled: 0, cancelled: false };
  const source = chunks();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = source.next();
      if (next.done) return controller.close();
      seen.pulled += next.value.byteLength;
      controller.enqueue(next.value);
    },
    cancel() {
      seen.cancelled = true;
    },
  }, { highWaterMark: 0 });
  const request = new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, seen };
}

/** `count` chunks of `size` bytes each. */
export function* repeatedChunks(size: number, count: number): Iterator<Uint8Array> {
  for (let i = 0; i < count; i++) yield new Uint8Array(size).fill(0x20);
}
