/** `receipt-rescue render <job.bin|-> [--width 58|80|<dots>] [--format text|html|svg]`: shows what a job prints. */
import { readFileSync } from 'node:fs';
import {
  PAPER_CSS,
  PAPER_DOTS,
  escapeXml,
  interpret,
  renderHtml,
  renderSvg,
  renderText,
} from '../escpos/interpreter';
import { writeOut } from './output';
import { EXIT, parseArgs, UsageError } from './receipt-input';

/** Usage line of the command. */
export const RENDER_USAGE =
  'receipt-rescue render <job.bin|-> [--width 58|80|<dots>] [--format text|html|svg] [--chinese on|big5|off]   (--chinese: the printer starts in Chinese mode reading GB18030 (on) or Big5, or in a code page (off))';

const FORMATS = ['text', 'html', 'svg'] as const;
// Files on disk answer to no page's content security policy: images as 1-bit PNGs keep them small.
const RENDER = { rasters: 'png' } as const;
type Format = (typeof FORMATS)[number];

/** `58` and `80` are paper widths in mm; any other whole number from 64 to 4096 is a width in dots. */
export function parseWidth(value: string): number {
  if (value === '58' || value === '80') return PAPER_DOTS[value];
  const dots = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(dots >= 64 && dots <= 4096))
    throw new UsageError(`--width must be 58, 80 or a width in dots (64–4096), got "${value}"`);
  return dots;
}

/** Interprets the job and writes the paper to stdout; unknown commands are listed on stderr. */
export async function renderCommand(args: readonly string[]): Promise<number> {
  const { positional, options } = parseArgs(args, ['width', 'format', 'chinese']);
  if (positional.length !== 1) throw new UsageError('render takes exactly one <job.bin> (or - for stdin)');
  const widthDots = parseWidth(options.get('width') ?? '80');
  const format = (options.get('format') ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const chinese = options.get('chinese') ?? 'on';
  if (chinese !== 'on' && chinese !== 'big5' && chinese !== 'off')
    throw new UsageError('--chinese must be on, big5 or off');
  const path = positional[0]!;
  const bytes = readFileSync(path === '-' ? 0 : path);
  const { paper, unknown } = interpret(bytes, {
    widthDots,
    chineseByDefault: chinese !== 'off',
    chineseFont: chinese === 'big5' ? 'big5' : 'gb18030',
  });
  for (const u of unknown) {
    const hex = u.bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
    console.error(`receipt-rescue render: offset ${u.offset}: ${u.reason} [${hex}]`);
  }
  const out =
    format === 'text'
      ? renderText(paper)
      : format === 'svg'
        ? renderSvg(paper, RENDER)
        : `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeXml(path)}</title><style>${PAPER_CSS}</style></head><body>\n${renderHtml(paper, RENDER)}\n</body></html>`;
  await writeOut(`${out}\n`);
  return EXIT.ok;
}
