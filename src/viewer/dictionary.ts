/**
 * The link format's preset dictionary for the viewer, from its static file (`link-dictionary-1.txt`, the
 * same words as `receipt/link/dictionary.ts`, which tests hold identical): data, not code, so it stays out of
 * the viewer's script. When the file cannot be fetched (offline on a device whose cache lacks it), the
 * built-in copy loads instead.
 */
import { DICTIONARY_CODED_BYTES } from '../receipt/link/format';
import { encodeText } from '../receipt/link/text-code';

let cached: Promise<Uint8Array> | undefined;

async function fromFile(response: Promise<Response | Error>): Promise<Uint8Array | undefined> {
  try {
    const reply = await response;
    if (reply instanceof Error || !reply.ok) return undefined;
    const coded: number[] = [];
    encodeText(await reply.text(), coded);
    return Uint8Array.from(coded);
  } catch (error) {
    // The body can still fail mid-stream (a TypeError, Fetch standard): use the built-in copy.
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/**
 * The coded dictionary, once per page: from `response` (the file's fetch, started as early as the page
 * could; an Error when it failed) when it arrives intact, else from the built-in copy.
 */
export function viewerDictionary(response: Promise<Response | Error>): Promise<Uint8Array> {
  cached ??= fromFile(response).then(async (coded) =>
    coded?.length === DICTIONARY_CODED_BYTES
      ? coded
      : (await import('../receipt/link/dictionary')).LINK_DICTIONARY,
  );
  return cached;
}
