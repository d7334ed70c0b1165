import { describe, expect, test } from 'vitest';
import { EscPosError } from '../../src/escpos/commands';
import {
  PROFILES,
  findProfile,
  profileColumns,
  withDots,
  type PrinterProfile,
} from '../../src/escpos/capabilities';
import { EscPosJob } from '../../src/escpos/job';
import { qrModules } from '../../src/escpos/qr-modules';

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

describe('character modes in a job', () => {
  test('a Chinese printer gets ESC @, then FS & only just before the first Chinese text, once', () => {
    const job = new EscPosJob({ profile: PROFILES['xprinter-58'] })
      .initialize()
      .line('A')
      .line('合')
      .line('计');
    expect(hex(job.bytes())).toBe('1b 40 41 0a 1c 26 ba cf 0a bc c6 0a');
  });

  test('FS . is never sent at initialisation, only before single-byte text on a Chinese-font printer', () => {
    const ascii = new EscPosJob({ profile: PROFILES['xprinter-80'], encoding: 'cp858' })
      .initialize()
      .line('ok');
    expect(hex(ascii.bytes())).toBe('1b 40 6f 6b 0a');
    const euro = new EscPosJob({ profile: PROFILES['xprinter-80'], encoding: 'cp858' })
      .initialize()
      .line('€');
    expect(hex(euro.bytes())).toBe('1b 40 1c 2e 1b 74 13 d5 0a');
  });

  test('a printer without a Chinese font never hears FS commands, only ESC t for its table', () => {
    const job = new EscPosJob({ profile: PROFILES['epson-tm-t20'] }).initialize().line('é').line('è');
    expect(hex(job.bytes())).toBe('1b 40 1b 74 13 82 0a 8a 0a');
  });

  test('after ESC @ the mode is sent again, because the printer returned to its power-on mode', () => {
    const job = new EscPosJob({ profile: PROFILES.virtual }).initialize().text('合').initialize().text('合');
    expect(hex(job.bytes())).toBe('1b 40 1c 26 ba cf 1b 40 1c 26 ba cf');
  });

  test('Sunmi printers get UTF-8 mode before UTF-8 text', () => {
    const job = new EscPosJob({ profile: PROFILES['sunmi-58'] }).initialize().text('合');
    expect(hex(job.bytes())).toBe('1b 40 1c 26 1c 43 ff e5 90 88');
  });

  test('characters the encoding lacks are counted on the job', () => {
    const job = new EscPosJob({ profile: PROFILES['epson-tm-t88'] }).line('合计 5€');
    expect(job.replaced).toBe(2);
    expect(hex(job.bytes())).toBe('1b 74 13 3f 3f 20 35 d5 0a');
  });

  test('asking a printer for an encoding it lacks fails at once with an unsupported error', () => {
    expect(() => new EscPosJob({ profile: PROFILES['epson-tm-t20'], encoding: 'gb18030' })).toThrowError(
      EscPosError,
    );
    expect(() => new EscPosJob({ profile: PROFILES['generic-58'], encoding: 'utf8' })).toThrowError(/UTF-8/);
  });
});

describe('profile-driven commands', () => {
  test('cut: a cutter feeds and cuts with GS V 66 n; a tear-off printer only feeds', () => {
    expect(hex(new EscPosJob({ profile: PROFILES['xprinter-80'] }).cut().bytes())).toBe('1d 56 42 18');
    expect(hex(new EscPosJob({ profile: PROFILES['xprinter-58'] }).cut().bytes())).toBe('1b 64 04');
  });

  test('beep sounds only where the profile has a buzzer', () => {
    expect(hex(new EscPosJob({ profile: PROFILES['xprinter-80'] }).beep(2).bytes())).toBe('1b 42 02 02');
    expect(new EscPosJob({ profile: PROFILES['epson-tm-t20'] }).beep().bytes().length).toBe(0);
  });

  test('drawer pulse only where there is a drawer connector', () => {
    expect(hex(new EscPosJob({ profile: PROFILES.gprinter }).openDrawer().bytes())).toBe('1b 70 00 32 64');
    expect(new EscPosJob({ profile: PROFILES['sunmi-58'] }).openDrawer().bytes().length).toBe(0);
  });

  test('QR is native GS ( k where supported and a GS v 0 raster elsewhere', () => {
    const native = new EscPosJob({ profile: PROFILES['xprinter-80'] }).qr('hi').commands();
    expect(native.map((c) => c.bytes[1])).toEqual([0x28, 0x28, 0x28, 0x28, 0x28]);
    const raster = new EscPosJob({ profile: PROFILES['xprinter-58'], qrModules }).qr('hi').commands();
    expect(raster.every((c) => c.bytes[0] === 0x1d && c.bytes[1] === 0x76)).toBe(true);
  });

  test('QR on a printer without native QR and without a matrix encoder fails with unsupported', () => {
    expect(() => new EscPosJob({ profile: PROFILES['xprinter-58'] }).qr('hi')).toThrowError(/no native QR/);
  });
});

describe('capability profiles', () => {
  test('58 mm prints 32 columns of font A on 384 dots, 80 mm 48 on 576, font B 42 and 64', () => {
    expect(profileColumns(PROFILES['generic-58'])).toBe(32);
    expect(profileColumns(PROFILES['generic-80'])).toBe(48);
    expect(profileColumns(PROFILES['generic-58'], 'b')).toBe(42);
    expect(profileColumns(PROFILES['generic-80'], 'b')).toBe(64);
    expect(profileColumns(PROFILES['epson-tm-t88'])).toBe(42);
  });

  test('custom dots give a profile with the columns those dots hold', () => {
    const custom = withDots(PROFILES['generic-80'], 512);
    expect(profileColumns(custom)).toBe(42);
    expect(() => withDots(PROFILES['generic-80'], 3)).toThrowError(RangeError);
  });

  test('every profile is coherent: its default encoding is one it can print', () => {
    for (const profile of Object.values(PROFILES) as PrinterProfile[]) {
      expect(() => new EscPosJob({ profile }), profile.id).not.toThrow();
      expect(profile.usbChunkSize).toBeGreaterThan(0);
      expect(profile.statusQueries).toContain('dle-eot');
    }
    expect(findProfile('virtual')?.name).toBe('Virtual printer');
    expect(findProfile('toString')).toBeUndefined();
  });
});
