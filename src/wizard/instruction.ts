/**
 * Which words a fix step shows: its own body, or its screen hop's once the app has that screen. Pure; the app
 * says which screens exist, so an instruction never names a screen the merchant cannot open.
 */
import type { FixStep, ScreenName, Text } from './types';

/** What a fix step shows: the instruction, and a link to the screen it names (null when it names none). */
export interface Instruction {
  body: Text;
  link: { screen: ScreenName; label: Text } | null;
}

/** The instruction for `step` in an app whose screens are those for which `exists` answers true. */
export function instructionOf(step: FixStep, exists: (screen: ScreenName) => boolean): Instruction {
  const hop = step.hop;
  if (hop && exists(hop.screen)) return { body: hop.body, link: { screen: hop.screen, label: hop.link } };
  return { body: step.body, link: null };
}
