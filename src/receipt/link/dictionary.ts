/** The preset dictionary of link format 1 in the link's text coding (the words: `dictionary-text.ts`). */
import { LINK_DICTIONARY_TEXT } from './dictionary-text';
import { codedText } from './text-code';

export { LINK_DICTIONARY_TEXT } from './dictionary-text';

/** The dictionary in the link's text coding, as the packed strings appear to deflate. */
export const LINK_DICTIONARY: Uint8Array = codedText(LINK_DICTIONARY_TEXT);
