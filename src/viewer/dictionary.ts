/**
 * The link format's preset dictionary for the viewer. The page carries it as text in a data block (put
 * there at build time by `vite.config.ts` from `receipt/link/dictionary-text.ts`): data rather than script,
 * so it stays out of the viewer's JavaScript, and read synchronously, so decoding never waits on a fetch.
 * The page and the script come from the same build, so a missing or damaged block means a damaged page:
 * links then read as damaged rather than as a wrong receipt.
 */
import { DICTIONARY_BLOCK_ID, DICTIONARY_CODED_BYTES } from '../receipt/link/format';
import { codedText } from '../receipt/link/text-code';

/** The coded dictionary from the page's data block; undefined when the block is missing or damaged. */
export function viewerDictionary(): Promise<Uint8Array | undefined> {
  const text = document.getElementById(DICTIONARY_BLOCK_ID)?.textContent;
  const coded = text ? codedText(text) : undefined;
  return Promise.resolve(coded?.length === DICTIONARY_CODED_BYTES ? coded : undefined);
}
