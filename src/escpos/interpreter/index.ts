/** The ESC/POS interpreter: bytes → paper model → text, HTML or SVG. */
import { EscPosInterpreter, type InterpreterOptions } from './interpreter';
import type { Paper, UnknownCommand } from './paper';

export * from './paper';
export { EscPosInterpreter, type InterpreterOptions } from './interpreter';
export { nextToken, type Token, type TokenStep } from './tokenizer';
export { decodeChar, type CharMode, type ChineseFont, type DecodedChar } from './charset';
export { renderText, textLines, paperColumns, CUT_LINE, PARTIAL_CUT_LINE } from './render-text';
export { renderHtml, styleClasses, PAPER_CSS } from './render-html';
export { renderSvg, escapeXml, type RasterDrawing, type RenderOptions } from './render-svg';

/** Interprets a whole job at once (printing a last line that lacks its LF) and returns the paper. */
export function interpret(
  bytes: Uint8Array,
  options: InterpreterOptions = {},
): { paper: Paper; unknown: UnknownCommand[] } {
  const interpreter = new EscPosInterpreter(options);
  interpreter.write(bytes);
  interpreter.end();
  return { paper: interpreter.paper, unknown: interpreter.unknown };
}
