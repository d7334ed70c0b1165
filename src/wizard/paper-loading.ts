/**
 * How a thermal roll goes in, said once: the status area, the fault log and the wizard all show these words
 * and the same drawing.
 *
 * On drop-in thermal receipt printers the roll sits in its holder so the paper comes off the bottom of the roll
 * and runs forward to the print head and the cutter, with the heat-sensitive (coated) side facing the head;
 * loaded the other way the uncoated back meets the head and the receipt comes out blank. Sources: Epson TM-T20
 * Technical Reference Guide (M00028503), "Installing the roll paper" figure; Epson TM-T88V User's Manual,
 * "Replacing the Roll Paper" ("insert the roll paper in the correct direction", paper fed from the bottom of
 * the roll); Xprinter XP-58 / XP-80 user manuals, "Install the paper roll".
 */
import type { IllustrationId, Text } from './types';

/** Joins sentences: a space between English ones, none between Chinese ones. */
export function sentences(...texts: Text[]): Text {
  return {
    en: texts.map((text) => text.en).join(' '),
    zh: texts.map((text) => text.zh).join(''),
  };
}

/** Which way round the roll goes, with the fingernail test for the coated side. */
export const ROLL_DIRECTION: Text = {
  en: 'The paper comes off the bottom of the roll and runs to the cutter, with the coated side (the one a fingernail scratch turns dark) facing the print head.',
  zh: '纸从纸卷的下面拉出，朝切刀方向送出，涂层面（用指甲划会变黑的那一面）朝向打印头。',
};

/** Putting in a new roll, from opening the cover to shutting it. */
export const LOAD_PAPER: Text = sentences(
  { en: 'Open the paper cover and drop in a new roll.', zh: '打开纸仓盖，放入新纸卷。' },
  ROLL_DIRECTION,
  {
    en: 'Let the end stick out past the cutter, then press the cover shut until it clicks.',
    zh: '让纸头越过切刀露出一点，再把盖子按紧到“咔哒”一声。',
  },
);

/** The drawing that goes with these words everywhere. */
export const PAPER_LOADING_DRAWING: IllustrationId = 'paper-loading';
