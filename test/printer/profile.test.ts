import { describe, expect, test } from 'vitest';
import { PROFILES, profileColumns } from '../../src/escpos/capabilities';
import { VirtualPrinter } from '../../src/escpos/virtual-printer';
import {
  flattenCapabilities,
  unflattenCapabilities,
  type PrinterCapabilities,
} from '../../src/printer/capabilities';
import { MODELS, findModel } from '../../src/printer/models';
import { probePrinter } from '../../src/printer/probe';
import {
  chooseSetup,
  familySetup,
  fontSet,
  parseSetup,
  printingProfile,
  type PrinterSetup,
} from '../../src/printer/profile';
import { StatusChannel } from '../../src/printer/status-channel';
import { usbFilters } from '../../src/transport/profiles';
import type { PrinterIdentity } from '../../src/transport/types';
import { VirtualTransport } from '../../src/transport/virtual';
import { columnsOf } from '../../src/escpos/text-width';
import { generateSigningKeyPair, printReceipt, signerFromKeyPair } from '../../src/lib';
import { fixtureJson } from '../_util/fixtures';
import { MemoryJournal } from '../sale/_rig';

const usb = (vendorId: number, productId: number, product?: string): PrinterIdentity => ({
  transport: 'usb',
  vendorId,
  productId,
  product,
  name: product ?? 'USB printer',
});

/** Columns and dots every job on this printer is laid out for. */
const layoutOf = (setup: PrinterSetup) => {
  const profile = printingProfile(setup);
  return { columns: profileColumns(profile), dots: profile.dots };
};

describe('choosing a printer profile from what we know', () => {
  test('an Xprinter XP-T58H by its USB vendor/product gets 58 mm paper: 32 columns, 384 dots', () => {
    const setup = chooseSetup(usb(0x0483, 0x5743, 'USB Printer P'), null);
    expect(setup.origin).toEqual({ kind: 'model', model: 'xprinter-xp58' });
    expect(setup.paper).toEqual({ mm: 58 });
    expect(layoutOf(setup)).toEqual({ columns: 32, dots: 384 });
    expect(setup.cutter).toBe(false);
  });

  test('a GPrinter GP-58 by its USB pair, a clone by its "POS-58" name: both 58 mm', () => {
    expect(layoutOf(chooseSetup(usb(0x6868, 0x0200, 'GP-58'), null)).columns).toBe(32);
    expect(layoutOf(chooseSetup(usb(0x0416, 0x5011, 'POS58 Printer'), null)).columns).toBe(32);
  });

  test("a USB-serial printer is recognised by the vendor/product its port's getInfo() reports", () => {
    const setup = chooseSetup(
      { transport: 'serial', vendorId: 0x6868, productId: 0x0200, name: 'Serial printer 6868:0200' },
      null,
    );
    expect(setup.origin).toEqual({ kind: 'model', model: 'gprinter-gp58' });
    expect(layoutOf(setup).columns).toBe(32);
  });

  test('a Bluetooth-style name (Sunmi "InnerPrinter" on a serial port) gets 58 mm and UTF-8', () => {
    const setup = chooseSetup({ transport: 'serial', name: 'InnerPrinter' }, null);
    expect(setup.family).toBe('sunmi-58');
    expect(setup.encoding).toBe('utf8');
    expect(layoutOf(setup).columns).toBe(32);
  });

  test('an Epson TM-T88 keeps its 512-dot head on 80 mm paper (42 columns)', () => {
    const setup = chooseSetup(usb(0x04b8, 0x0202, 'TM-T88V'), null);
    expect(setup.paper).toEqual({ mm: 80 });
    expect(layoutOf(setup)).toEqual({ columns: 42, dots: 512 });
  });

  test('an unknown printer stays on generic 80 mm (48 columns), as before profiles', () => {
    const setup = chooseSetup(usb(0x0416, 0x5011, 'Printer'), null);
    expect(setup.origin).toEqual({ kind: 'default' });
    expect(layoutOf(setup)).toEqual({ columns: 48, dots: 576 });
  });

  test('a printer recognised only by its GS I maker reply (HPRT) gets the HPRT 80 mm profile', async () => {
    const printer = new VirtualPrinter({
      profile: PROFILES.hprt,
      identity: { maker: 'HPRT', model: 'CAPD347' },
    });
    const transport = new VirtualTransport(printer);
    await transport.open();
    const caps = await probePrinter(new StatusChannel(transport), 400);
    const setup = chooseSetup(usb(0x0fe6, 0x811e, 'Printer'), caps);
    expect(setup.origin).toEqual({ kind: 'model', model: 'hprt-tp80' });
    expect(setup.family).toBe('hprt');
  });

  test('a probe that found no Chinese font turns GB18030 off', () => {
    const setup = chooseSetup(usb(0x0483, 0x5743), {
      realtime: [1],
      asb: false,
      fence: 'none',
      multibyteFont: false,
      fontLanguage: null,
      nativeQr: null,
      maker: null,
      model: null,
      probedAt: 0,
    });
    expect(setup.encoding).toBe('cp858');
    expect(printingProfile(setup).defaultEncoding).toBe('cp858');
  });

  test('a clone answering GS I as an Epson TM-T88 but with a Chinese font resident keeps GB18030', () => {
    const caps: PrinterCapabilities = {
      realtime: [1],
      asb: false,
      fence: 'gs-r',
      multibyteFont: true,
      fontLanguage: null,
      nativeQr: null,
      maker: 'EPSON',
      model: 'TM-T88V',
      probedAt: 0,
    };
    const setup = chooseSetup(usb(0x0416, 0x5011, 'Printer'), caps);
    expect(setup.family).toBe('epson-tm-t88');
    expect(setup.encoding).toBe('gb18030');
    expect(printingProfile(setup).chineseFont).toBe(true);
  });

  test('a printer whose GS I 69 names a Big5 font is set up for Big5; one naming GB keeps GB18030', () => {
    const caps = (fontLanguage: string | null): PrinterCapabilities => ({
      realtime: [1],
      asb: false,
      fence: 'gs-r',
      multibyteFont: true,
      fontLanguage,
      nativeQr: null,
      maker: 'EPSON',
      model: 'TM-T88V',
      probedAt: 0,
    });
    const big5 = chooseSetup(usb(0x04b8, 0x0202, 'TM-T88V'), caps('TAIWAN BIG-5'));
    expect(big5.encoding).toBe('big5');
    expect(printingProfile(big5)).toMatchObject({ chineseFont: true, defaultEncoding: 'big5' });
    // An Xprinter row (GB18030 by default) whose unit answers Big5: the printer's own answer wins.
    expect(chooseSetup(usb(0x0483, 0x5743), caps('Big5')).encoding).toBe('big5');
    expect(chooseSetup(usb(0x0483, 0x5743), caps('CHINA GB18030')).encoding).toBe('gb18030');
    expect(chooseSetup(usb(0x0483, 0x5743), caps('KANJI JAPANESE')).encoding).toBe('gb18030');
    // No Chinese font at all: neither set.
    const none = { ...caps('TAIWAN BIG-5'), multibyteFont: false };
    expect(chooseSetup(usb(0x0483, 0x5743), none).encoding).toBe('cp858');
  });

  test('a stored Big5 setup is read back; the probe asks GS I 69 of a printer with a Chinese font', async () => {
    const setup = { ...familySetup('xprinter-58', { kind: 'merchant' }), encoding: 'big5' as const };
    expect(parseSetup(JSON.parse(JSON.stringify(setup)))).toEqual(setup);
    const printer = new VirtualPrinter({ profile: { chineseFontCodes: 'big5' } });
    const transport = new VirtualTransport(printer);
    await transport.open();
    const probed = await probePrinter(new StatusChannel(transport), 400);
    expect(probed.fontLanguage).toBe('TAIWAN BIG-5');
    expect(fontSet(probed.fontLanguage)).toBe('big5');
    expect(unflattenCapabilities(flattenCapabilities(probed))?.fontLanguage).toBe('TAIWAN BIG-5');
    // A probe stored before GS I 69 was asked reads back with the language unknown.
    const older = flattenCapabilities(probed);
    delete older.fontLanguage;
    expect(unflattenCapabilities(older)?.fontLanguage).toBeNull();
  });

  test('a USB pair wins over a misleading name; the chosen 58 mm cutter-less profile feeds instead of cutting', () => {
    expect(findModel({ identity: usb(0x0483, 0x5743, 'POS-80') })?.id).toBe('xprinter-xp58');
    expect(printingProfile(chooseSetup(usb(0x0483, 0x5743), null)).cutter).toBe('none');
  });
});

describe('the model table', () => {
  test('every row names a known capability family and a way to recognise it', () => {
    for (const model of MODELS) {
      expect(Object.keys(PROFILES), model.id).toContain(model.family);
      expect(model.usb?.length || model.names || model.reports, model.id).toBeTruthy();
    }
  });

  test('every USB vendor in the table is offered in the browser chooser', () => {
    const vendors = new Set(usbFilters().flatMap((f) => (f.vendorId === undefined ? [] : [f.vendorId])));
    for (const pair of MODELS.flatMap((m) => m.usb ?? [])) expect(vendors).toContain(pair.vendorId);
  });
});

describe('a stored profile read back', () => {
  const merchant: PrinterSetup = {
    family: 'xprinter-58',
    paper: { mm: 80 },
    encoding: 'gb18030',
    cutter: true,
    nativeQr: false,
    chunkSize: 256,
    origin: { kind: 'merchant' },
  };

  test('survives a structured clone and lays out 80 mm on a 58 mm family when the merchant says so', () => {
    const back = parseSetup(structuredClone(merchant));
    expect(back).toEqual(merchant);
    expect(layoutOf(back!)).toEqual({ columns: 48, dots: 576 });
    expect(printingProfile(back!).cutter).toBe('partial');
  });

  test('a custom width is kept; damaged records are refused, not half-read', () => {
    const custom = { ...merchant, paper: { mm: 'custom', dots: 432 } };
    expect(layoutOf(parseSetup(custom)!)).toEqual({ columns: 36, dots: 432 });
    expect(parseSetup({ ...merchant, paper: { mm: 'custom', dots: 7 } })).toBeNull();
    expect(parseSetup({ ...merchant, encoding: 'shift-jis' })).toBeNull();
    expect(parseSetup({ ...merchant, family: 'nope' })).toBeNull();
    expect(parseSetup({ ...merchant, chunkSize: 0 })).toBeNull();
    expect(parseSetup(null)).toBeNull();
  });
});

describe("the library's printReceipt without a profile", () => {
  /** The virtual printer behind a transport that identifies as an Xprinter XP-T58H on USB. */
  class Xp58Transport extends VirtualTransport {
    override readonly identity: PrinterIdentity = usb(0x0483, 0x5743, 'USB Printer P');
  }

  test("lays the receipt out for the printer's own profile: 32 columns on a recognised 58 mm printer", async () => {
    const printer = new VirtualPrinter({ profile: PROFILES.virtual });
    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    const outcome = await printReceipt(fixtureJson('convenience-store-zh'), {
      printer: new Xp58Transport(printer),
      journal: new MemoryJournal(),
      recordFault: () => Promise.resolve(),
      signer,
      viewerBase: 'https://receipts.example/',
    });
    expect(outcome.kind).toBe('printed');
    const widths = printer.paper.items.flatMap((item) =>
      item.kind === 'text' && item.spans.length
        ? [item.spans.reduce((sum, s) => sum + columnsOf(s.text) * s.style.width, 0)]
        : [],
    );
    expect(Math.max(...widths)).toBe(32);
  });
});
