// Byte sequences here are written by hand from the Epson ESC/POS reference, not produced by our encoder.
import { describe, expect, test } from 'vitest';
import {
  CUT_LINE,
  EscPosInterpreter,
  PARTIAL_CUT_LINE,
  interpret,
  lineText,
  renderText,
  type ImageItem,
  type TextLine,
} from '../../src/escpos/interpreter';

/** Bytes from numbers and ASCII strings. */
function b(...parts: (number | string | readonly number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') out.push(part);
    else if (typeof part === 'string') out.push(...[...part].map((c) => c.charCodeAt(0)));
    else out.push(...part);
  }
  return Uint8Array.from(out);
}

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const LF = 0x0a;
const INIT = [ESC, 0x40];
// GB18030 codes (GB 18030 code chart): 收 CA D5, 据 BE DD, 喆 86 B4, 犇 A0 C4, ￥ A3 A4.
const SHOU_JU = [0xca, 0xd5, 0xbe, 0xdd];
const ZHE_BEN = [0x86, 0xb4, 0xa0, 0xc4];
const YUAN = [0xa3, 0xa4];

const textLinesOf = (bytes: Uint8Array, widthDots = 384): TextLine[] =>
  interpret(bytes, { widthDots }).paper.items.filter((i): i is TextLine => i.kind === 'text');

describe('text and styles', () => {
  test('ESC E, ESC -, GS B, GS ! and ESC ! set the styles of the characters that follow', () => {
    const lines = textLinesOf(
      b(
        INIT,
        ESC,
        0x45,
        1,
        'Bold',
        ESC,
        0x45,
        0,
        ' plain',
        LF,
        ESC,
        0x2d,
        2,
        'Under',
        ESC,
        0x2d,
        0,
        LF,
        GS,
        0x42,
        1,
        'Inv',
        GS,
        0x42,
        0,
        LF,
        GS,
        0x21,
        0x11,
        'Big',
        GS,
        0x21,
        0,
        LF,
        ESC,
        0x21,
        0x39,
        'Mode',
        LF,
      ),
    );
    expect(lines.map(lineText)).toEqual(['Bold plain', 'Under', 'Inv', 'Big', 'Mode']);
    expect(lines[0]!.spans.map((s) => [s.text, s.style.bold])).toEqual([
      ['Bold', true],
      [' plain', false],
    ]);
    expect(lines[1]!.spans[0]!.style.underline).toBe(2);
    expect(lines[2]!.spans[0]!.style.invert).toBe(true);
    expect(lines[3]!.spans[0]!.style).toMatchObject({ width: 2, height: 2 });
    expect(lines[3]!.widthDots).toBe(3 * 24);
    // ESC ! 0x39 = font B + emphasized + double height + double width.
    expect(lines[4]!.spans[0]!.style).toMatchObject({ font: 'b', bold: true, width: 2, height: 2 });
    expect(lines[4]!.widthDots).toBe(4 * 18);
  });

  test('ESC @ resets styles and alignment', () => {
    const [line] = textLinesOf(b(ESC, 0x45, 1, ESC, 0x61, 2, GS, 0x21, 0x11, INIT, 'x', LF));
    expect(line!.align).toBe('left');
    expect(line!.spans[0]!.style).toMatchObject({ bold: false, width: 1, height: 1 });
  });

  test('ESC a centres and right-aligns within the paper columns of the plain text (32 on 58 mm, 48 on 80 mm)', () => {
    const job = b(INIT, ESC, 0x61, 1, 'Hi', LF, ESC, 0x61, 2, 'Hi', LF, ESC, 0x61, 0, 'Hi', LF);
    expect(renderText(interpret(job, { widthDots: 384 }).paper).split('\n')).toEqual([
      ' '.repeat(15) + 'Hi',
      ' '.repeat(30) + 'Hi',
      'Hi',
    ]);
    expect(renderText(interpret(job, { widthDots: 576 }).paper).split('\n')).toEqual([
      ' '.repeat(23) + 'Hi',
      ' '.repeat(46) + 'Hi',
      'Hi',
    ]);
  });

  test('a line longer than the paper wraps where the next character would not fit', () => {
    const lines = textLinesOf(b(INIT, 'A'.repeat(40), LF));
    expect(lines.map(lineText)).toEqual(['A'.repeat(32), 'A'.repeat(8)]);
    expect(lines.every((line) => line.widthDots <= 384)).toBe(true);
  });

  test('HT moves to the next 8-column stop and ESC $ to an absolute dot position', () => {
    const [tabbed, placed] = textLinesOf(b(INIT, 'ab', 0x09, 'c', LF, 'ab', ESC, 0x24, 120, 0, 'c', LF));
    expect(lineText(tabbed!)).toBe('ab      c');
    expect(lineText(placed!)).toBe('ab        c');
    expect(placed!.widthDots).toBe(132);
  });

  test('ESC d n prints n lines of feed and ESC J feeds dots', () => {
    const text = renderText(
      interpret(b(INIT, 'a', LF, ESC, 0x64, 3, 'b', ESC, 0x4a, 60, 'c', LF), { widthDots: 384 }).paper,
    );
    expect(text.split('\n')).toEqual(['a', '', '', '', 'b', '', 'c']);
  });
});

describe('character sets', () => {
  test('Chinese mode decodes GB18030, including 喆犇, and prints double-byte characters full width', () => {
    const [line] = textLinesOf(b(INIT, FS, 0x26, SHOU_JU, ' ', ZHE_BEN, ' ', YUAN, '12.50', LF));
    expect(lineText(line!)).toBe('收据 喆犇 ￥12.50');
    expect(line!.widthDots).toBe(4 * 24 + 2 * 12 + 24 + 5 * 12);
  });

  test('a GB18030 character split between two writes is still one character', () => {
    const interpreter = new EscPosInterpreter({ widthDots: 384 });
    interpreter.write(b(INIT, FS, 0x26, 0xca));
    interpreter.write(b(0xd5, LF));
    expect(lineText(interpreter.paper.items[0] as TextLine)).toBe('收');
  });

  test('FS . leaves Chinese mode; ESC t then selects the single-byte table', () => {
    const job = b(INIT, FS, 0x2e, 0x9c, ESC, 0x74, 16, 0x80, ESC, 0x74, 17, 0x80, ESC, 0x74, 19, 0xd5, LF);
    expect(textLinesOf(job).map(lineText)).toEqual(['£€А€']);
  });

  test('ESC R 8 (Japan) prints 0x5C as ¥, and ESC R 0 as a backslash again', () => {
    expect(textLinesOf(b(INIT, 0x5c, ESC, 0x52, 8, 0x5c, ESC, 0x52, 0, 0x5c, LF)).map(lineText)).toEqual([
      '\\¥\\',
    ]);
  });

  test('Sunmi UTF-8 mode (1C 26 1C 43 FF) reads UTF-8', () => {
    const utf8 = [...new TextEncoder().encode('收据 café')];
    expect(textLinesOf(b(INIT, FS, 0x26, FS, 0x43, 0xff, utf8, LF)).map(lineText)).toEqual(['收据 café']);
  });
});

describe('graphics', () => {
  test('GS v 0 raster keeps its bits, rows MSB first', () => {
    const { paper } = interpret(b(INIT, ESC, 0x61, 1, GS, 0x76, 0x30, 0, 1, 0, 2, 0, 0xf0, 0x0f));
    const image = paper.items[0] as ImageItem;
    expect(image).toMatchObject({
      kind: 'image',
      align: 'center',
      widthDots: 8,
      heightDots: 2,
      scaleX: 1,
      scaleY: 1,
    });
    expect([...image.bits]).toEqual([0xf0, 0x0f]);
    expect(renderText(paper)).toBe(' '.repeat(18) + '[image 8x2]'); // (48 - 11) / 2 columns
  });

  test('GS ( L stores a graphic (fn 112) and prints it (fn 50) at the current alignment; GS 8 L does the same', () => {
    // m=48 fn=112 a=48 bx=1 by=2 c=49 x=16 y=2, then 2 rows of 2 bytes.
    const store = [0x30, 0x70, 0x30, 1, 2, 0x31, 16, 0, 2, 0, 0xff, 0x00, 0x00, 0xff];
    const print = [GS, 0x28, 0x4c, 2, 0, 0x30, 0x32];
    const short = b(ESC, 0x61, 2, GS, 0x28, 0x4c, store.length, 0, store, print);
    const long = b(ESC, 0x61, 2, GS, 0x38, 0x4c, store.length, 0, 0, 0, store, print);
    for (const job of [short, long]) {
      const { paper, unknown } = interpret(job);
      expect(unknown).toEqual([]);
      const image = paper.items[0] as ImageItem;
      expect(image).toMatchObject({
        kind: 'image',
        align: 'right',
        widthDots: 16,
        heightDots: 2,
        scaleX: 1,
        scaleY: 2,
        source: 'graphics',
      });
      expect([...image.bits]).toEqual([0xff, 0x00, 0x00, 0xff]);
    }
  });

  test('ESC * 24-dot bands separated by LF merge into one image', () => {
    const column = [0x80, 0x00, 0x01]; // top dot and bottom dot of a 24-dot column
    const band = [ESC, 0x2a, 33, 2, 0, ...column, ...column];
    const { paper } = interpret(b(INIT, ESC, 0x33, 24, band, LF, band, LF));
    expect(paper.items).toHaveLength(1);
    const image = paper.items[0] as ImageItem;
    expect(image).toMatchObject({ widthDots: 2, heightDots: 48, source: 'bit-image' });
    expect([...image.bits.subarray(0, 1)]).toEqual([0xc0]); // row 0: both columns black
    expect([...image.bits.subarray(23, 25)]).toEqual([0xc0, 0xc0]); // row 23 (band 1 bottom), row 24 (band 2 top)
  });

  test('GS k prints barcodes as the data they encode, with HRI where GS H puts it', () => {
    const code39 = [GS, 0x6b, 4, 'ABC-1', 0x00]; // function A, NUL-terminated
    const code128 = [GS, 0x6b, 73, 5, '{C', 12, 34, 56]; // function B, set C digit pairs
    const { paper } = interpret(b(INIT, GS, 0x48, 2, ...code39, GS, 0x48, 0, ...code128));
    expect(paper.items.map((i) => (i.kind === 'barcode' ? [i.symbology, i.data, i.hri] : i.kind))).toEqual([
      ['CODE39', 'ABC-1', 'below'],
      ['CODE128', '123456', 'none'],
    ]);
    expect(renderText(paper)).toBe('[CODE39 ABC-1]\nABC-1\n[CODE128 123456]');
  });

  test('GS ( k stores and prints a QR code with its size and error correction', () => {
    const data = 'https://example.com/r#1';
    const store = [GS, 0x28, 0x6b, data.length + 3, 0, 0x31, 0x50, 0x30, data];
    const job = b(
      INIT,
      GS,
      0x28,
      0x6b,
      4,
      0,
      0x31,
      0x41,
      0x32,
      0,
      GS,
      0x28,
      0x6b,
      3,
      0,
      0x31,
      0x43,
      6,
      GS,
      0x28,
      0x6b,
      3,
      0,
      0x31,
      0x45,
      0x32,
      ...store,
      GS,
      0x28,
      0x6b,
      3,
      0,
      0x31,
      0x51,
      0x30,
    );
    const { paper, unknown } = interpret(job);
    expect(unknown).toEqual([]);
    expect(paper.items).toEqual([
      { kind: 'qr', align: 'left', data, bytes: new TextEncoder().encode(data), ecc: 'Q', moduleDots: 6 },
    ]);
  });
});

describe('cuts, drawer, unknown commands and chunking', () => {
  test('GS V full and partial cuts (with and without feed) and legacy ESC i render as marked lines', () => {
    const { paper } = interpret(b(INIT, 'a', LF, GS, 0x56, 0, 'b', LF, GS, 0x56, 66, 0, ESC, 0x69));
    expect(renderText(paper).split('\n')).toEqual(['a', CUT_LINE, 'b', PARTIAL_CUT_LINE, PARTIAL_CUT_LINE]);
  });

  test('ESC p counts drawer pulses and ESC B buzzer sounds without printing', () => {
    const interpreter = new EscPosInterpreter();
    interpreter.write(b(ESC, 0x70, 0, 50, 100, ESC, 0x42, 3, 2));
    expect([interpreter.drawerPulses, interpreter.beeps, interpreter.paper.items.length]).toEqual([1, 3, 0]);
  });

  test('unknown commands are listed with their offsets and printing goes on', () => {
    const { paper, unknown } = interpret(
      b(INIT, 'a', ESC, 0x01, 'b', 0x07, GS, 0x28, 0x5a, 2, 0, 9, 9, 'c', LF),
    );
    expect(paper.items.map((i) => (i.kind === 'text' ? lineText(i) : i.kind))).toEqual(['abc']);
    expect(unknown).toEqual([
      { offset: 3, bytes: [ESC, 0x01], reason: 'unknown command 1B 01' },
      { offset: 6, bytes: [0x07], reason: 'control byte 0x07' },
      { offset: 7, bytes: [GS, 0x28, 0x5a, 2, 0, 9, 9], reason: 'unsupported GS ( Z function' },
    ]);
  });

  test('status queries inside a job print nothing', () => {
    const { paper, unknown } = interpret(
      b('a', 0x10, 0x04, 1, GS, 0x72, 1, GS, 0x61, 0x4f, GS, 0x49, 67, 'b', LF),
    );
    expect(renderText(paper)).toBe('ab');
    expect(unknown).toEqual([]);
  });

  test('a job split at every byte boundary prints exactly what it prints in one write', () => {
    const data = 'QR-1';
    const job = b(INIT, ESC, 0x61, 1, ESC, 0x45, 1, FS, 0x26, SHOU_JU, ZHE_BEN, LF, ESC, 0x61, 0, ESC, 0x45, 0, 'Total', 0x09, YUAN, '9.90', LF,
      GS, 0x76, 0x30, 0, 1, 0, 2, 0, 0xaa, 0x55, GS, 0x6b, 73, 4, '{B', 'AB',
      GS, 0x28, 0x6b, data.length + 3, 0, 0x31, 0x50, 0x30, data, GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30, GS, 0x56, 66, 3); // prettier-ignore
    const whole = interpret(job);
    for (let cut = 1; cut < job.length; cut++) {
      const interpreter = new EscPosInterpreter();
      interpreter.write(job.subarray(0, cut));
      interpreter.write(job.subarray(cut));
      interpreter.end();
      expect(interpreter.paper, `split at ${cut}`).toEqual(whole.paper);
    }
    expect(renderText(whole.paper).split('\n')).toEqual([
      ' '.repeat(20) + '收据喆犇',
      'Total   ￥9.90',
      '[image 8x2]',
      '[CODE128 AB]',
      '[QR QR-1]',
      PARTIAL_CUT_LINE,
    ]);
  });
});
