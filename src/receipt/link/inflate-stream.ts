/**
 * Raw DEFLATE with a preset dictionary through the browser's own decompressor (`DecompressionStream`,
 * Compression Streams standard, format "deflate-raw"), which has no dictionary parameter: the dictionary is
 * sent first as a stored block, so later back-references reach into it exactly as into a preset window.
 * Where the browser lacks the format, the hand-written inflater (`inflate.ts`) loads on demand.
 */

// RFC 1951 §3.2.4: a stored block whose header bits are BFINAL = 0, BTYPE = 00, padded to a byte boundary
// (so the byte is 0), then LEN and its ones' complement NLEN, little-endian, then LEN literal bytes. It ends on
// a byte boundary, where the compressed stream's first block header can follow unchanged.
const MAX_STORED = 0xffff;

function storedBlock(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(5 + bytes.length);
  out.set([0, bytes.length & 0xff, bytes.length >> 8, ~bytes.length & 0xff, (~bytes.length >> 8) & 0xff]);
  out.set(bytes, 5);
  return out;
}

function ignore(): void {}

function nativeStream(): DecompressionStream | undefined {
  if (typeof DecompressionStream === 'undefined') return undefined;
  try {
    return new DecompressionStream('deflate-raw');
  } catch (error) {
    // An unknown format is a TypeError (Compression Streams §5): fall back to the hand-written inflater.
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/**
 * Inflates raw DEFLATE `data` whose window starts with `dictionary` (at most 65 535 bytes); undefined when
 * the stream is malformed, truncated, or inflates to more than `limit` bytes. Bytes after the final block
 * are the engine's call (some reject them, some ignore them); signed links cover every byte anyway.
 */
export async function inflateWithDictionary(
  data: Uint8Array,
  dictionary: Uint8Array,
  limit = 1 << 20,
): Promise<Uint8Array | undefined> {
  const stream = dictionary.length <= MAX_STORED ? nativeStream() : undefined;
  if (!stream) return (await import('./inflate')).inflateRaw(data, dictionary, limit);
  // Written straight into the stream (a Blob's stream would be read back through the browser process).
  // The reading side sees any failure, so the writer's own promises are only kept from going unhandled.
  const writer = stream.writable.getWriter();
  for (const piece of [storedBlock(dictionary), data]) writer.write(piece as BufferSource).catch(ignore);
  writer.close().catch(ignore);
  let out: Uint8Array;
  try {
    // Whole, then checked against `limit`: DEFLATE expands at most about 1032:1 (a 258-byte match per
    // 2 bits, RFC 1951), so the output stays bounded by the input, which link payloads cap at 4296 symbols.
    // Read here rather than through `new Response(…)`, whose body reading waits for tasks the page's
    // main thread may be slow to run; a reader resolves within the same task as the decompressor's output.
    const reader = stream.readable.getReader();
    const pieces: Uint8Array[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) pieces.push(read.value);
    out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
    let at = 0;
    for (const piece of pieces) {
      out.set(piece, at);
      at += piece.length;
    }
  } catch (error) {
    // The decompressor rejects malformed and truncated streams: both read as "not deflate".
    if (error instanceof Error) return undefined;
    throw error;
  }
  const size = out.length - dictionary.length;
  return size < 0 || size > limit ? undefined : out.subarray(dictionary.length);
}
