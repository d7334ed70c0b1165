/**
 * The link format's preset dictionary for the viewer. The page carries it as text in a data block (put
 * there at build time by `vite.config.ts` from `receipt/link/dictionary.ts`): data rather than script, so it
 * stays out of the viewer's JavaScript, and read synchronously, so decoding never waits on a fetch. A page
 * without the block (or with a damaged one) loads the built-in copy instead.
 */
import { DICTIONARY_CODED_BYTES } from '../receipt/link/format';
import { codedText } from '../receipt/link/text-code';

/** The id of the page's data block holding the format-1 dictionary text. */
export const DICTIONARY_BLOCK_ID = 'link-dictionary-1';

/** The coded dictionary: from the page's data block when it is intact, else from the built-in copy. */
export async function viewerDictionary(): Promise<Uint8Array> {
  const text = document.getElementById(DICTIONARY_BLOCK_ID)?.textContent;
  const coded = text ? codedText(text) : undefined;
  return coded?.length === DICTIONARY_CODED_BYTES
    ? coded
    : (await import('../receipt/link/dictionary')).LINK_DICTIONARY;
}
