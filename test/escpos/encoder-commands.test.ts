import { describe, expect, test } from 'vitest';
import {
  EscPosError,
  align,
  beep,
  bold,
  charSize,
  chineseModeOff,
  chineseModeOn,
  codePage,
  concatCommands,
  cut,
  defaultLineSpacing,
  doubleSize,
  drawerPulse,
  feedLines,
  font,
  initialize,
  inverse,
  lineFeed,
  lineSpacing,
  underline,
  utf8Mode,
  type Command,
} from '../../src/escpos/commands';

const hex = (c: Command): string => [...c.bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

describe('command builders', () => {
  test('initialize is ESC @ (1B 40)', () => {
    expect(hex(initialize())).toBe('1b 40');
    expect(initialize().name).toBe('initialize');
  });

  test('line feed is LF (0A)', () => expect(hex(lineFeed())).toBe('0a'));

  test('bold on/off is ESC E 1 / ESC E 0', () => {
    expect(hex(bold(true))).toBe('1b 45 01');
    expect(hex(bold(false))).toBe('1b 45 00');
  });

  test('underline none/thin/thick is ESC - 0/1/2', () => {
    expect(hex(underline('none'))).toBe('1b 2d 00');
    expect(hex(underline('thin'))).toBe('1b 2d 01');
    expect(hex(underline('thick'))).toBe('1b 2d 02');
  });

  test('inverse on/off is GS B 1 / GS B 0', () => {
    expect(hex(inverse(true))).toBe('1d 42 01');
    expect(hex(inverse(false))).toBe('1d 42 00');
  });

  test('character size puts width-1 in the high nibble and height-1 in the low nibble of GS !', () => {
    expect(hex(charSize(1, 1))).toBe('1d 21 00');
    expect(hex(charSize(2, 1))).toBe('1d 21 10');
    expect(hex(charSize(1, 2))).toBe('1d 21 01');
    expect(hex(charSize(8, 8))).toBe('1d 21 77');
    expect(hex(doubleSize(true, true))).toBe('1d 21 11');
  });

  test('character size outside 1..8 is refused with an out-of-range error', () => {
    expect(() => charSize(9, 1)).toThrowError(EscPosError);
    expect(() => charSize(1, 0)).toThrowError(/character height must be an integer from 1 to 8, got 0/);
  });

  test('alignment left/center/right is ESC a 0/1/2', () => {
    expect(hex(align('left'))).toBe('1b 61 00');
    expect(hex(align('center'))).toBe('1b 61 01');
    expect(hex(align('right'))).toBe('1b 61 02');
  });

  test('line spacing is ESC 3 n and the default is ESC 2', () => {
    expect(hex(lineSpacing(30))).toBe('1b 33 1e');
    expect(hex(defaultLineSpacing())).toBe('1b 32');
    expect(() => lineSpacing(256)).toThrowError(EscPosError);
  });

  test('feeding n lines is ESC d n', () => expect(hex(feedLines(3))).toBe('1b 64 03'));

  test('font A/B is ESC M 0/1', () => {
    expect(hex(font('a'))).toBe('1b 4d 00');
    expect(hex(font('b'))).toBe('1b 4d 01');
  });

  test('code page select is ESC t n with the table number given', () => {
    expect(hex(codePage(19))).toBe('1b 74 13');
  });

  test('Chinese mode on is FS & and off is FS .', () => {
    expect(hex(chineseModeOn())).toBe('1c 26');
    expect(hex(chineseModeOff())).toBe('1c 2e');
  });

  test('Sunmi UTF-8 mode is FS & FS C FF', () => expect(hex(utf8Mode())).toBe('1c 26 1c 43 ff'));

  test('cut without feed is GS V 0 (full) / GS V 1 (partial)', () => {
    expect(hex(cut('full'))).toBe('1d 56 00');
    expect(hex(cut('partial'))).toBe('1d 56 01');
  });

  test('cut with feed is GS V 65 n (full) / GS V 66 n (partial)', () => {
    expect(hex(cut('full', 3))).toBe('1d 56 41 03');
    expect(hex(cut('partial', 24))).toBe('1d 56 42 18');
  });

  test('drawer pulse is ESC p m t1 t2 with times in 2 ms units, pin 2 → m 0, pin 5 → m 1', () => {
    expect(hex(drawerPulse())).toBe('1b 70 00 32 64');
    expect(hex(drawerPulse(5, 50, 100))).toBe('1b 70 01 19 32');
  });

  test('beep on an ESC B profile is ESC B n t; a profile without a buzzer refuses', () => {
    expect(hex(beep('esc-b', 3, 2))).toBe('1b 42 03 02');
    expect(() => beep('none')).toThrowError(/no buzzer/);
  });

  test('concatenating commands keeps their bytes in order', () => {
    expect([...concatCommands([initialize(), bold(true), lineFeed()])]).toEqual([
      0x1b, 0x40, 0x1b, 0x45, 1, 0x0a,
    ]);
  });
});
