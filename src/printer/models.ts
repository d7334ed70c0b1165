/**
 * The printers common in shops, as data: how to recognise each one and which capability family
 * (`PROFILES` in escpos/capabilities.ts) it belongs to. A row matches on whatever the connection tells us:
 * a USB vendor/product pair (also what a USB-serial bridge reports through `SerialPort.getInfo()`), the
 * name the device gives itself (USB product string, Bluetooth device name) or its `GS I` maker/model
 * replies. Vendor IDs for the browser's chooser and transfer sizes stay in transport/profiles.ts.
 */
import type { ProfileId } from '../escpos/capabilities';
import type { PrinterIdentity } from '../transport/types';

/** One USB vendor/product pair. */
export interface UsbPair {
  readonly vendorId: number;
  readonly productId: number;
}

/** One printer model (or series) and how to recognise it. */
export interface PrinterModel {
  readonly id: string;
  /** The name the merchant sees ("Xprinter XP-58 series"). */
  readonly name: string;
  readonly family: ProfileId;
  /** Exact USB vendor/product pairs of this model only (pairs shared by several widths are left out). */
  readonly usb?: readonly UsbPair[];
  /** Names the device calls itself: USB product string or Bluetooth name. */
  readonly names?: RegExp;
  /** `GS I 66` maker and `GS I 67` model text, joined with a space (clones may lie here: tried last). */
  readonly reports?: RegExp;
}

/** The model table, most specific rows first within each way of matching. */
export const MODELS: readonly PrinterModel[] = [
  {
    // 0483:5743 "Xprinter / USB Printer P" is the XP-T58H (github.com/sintrb/USB-Printer-Descriptors,
    // README "芯烨-XP-T58H"). The name pattern (XP-58IIH, XP-T58H, …) follows the series naming and is not
    // checked against a spec page: the test page's ruler confirms the width.
    id: 'xprinter-xp58',
    name: 'Xprinter XP-58',
    family: 'xprinter-58',
    usb: [{ vendorId: 0x0483, productId: 0x5743 }],
    names: /\bXP-?[A-Z]?58/i,
  },
  {
    // XP-80 / XP-Q80 / XP-C230 / XP-Q200 / XP-N160: "XP-80X Series Programmer Manual" (Xprinter, 80 mm,
    // 576 dots, GB18030 Chinese mode).
    id: 'xprinter-xp80',
    name: 'Xprinter XP-80',
    family: 'xprinter-80',
    names: /\bXP-?[A-Z]?80|\bXP-(Q200|Q260|Q300|C230|C300|N160)/i,
  },
  {
    // 6868:0200 reports "GPrinter / GP-58" (github.com/sintrb/USB-Printer-Descriptors, README
    // "佳博-58MBIII+"); Gainscha's 58 mm receipt line is named GP-58xx.
    id: 'gprinter-gp58',
    name: 'GPrinter GP-58',
    family: 'gprinter-58',
    usb: [{ vendorId: 0x6868, productId: 0x0200 }],
    names: /\bGP-?58/i,
  },
  {
    // Gainscha's 80 mm models named GP-80xxx / GP-L80xx: a pattern by analogy with GP-58 above, not checked
    // against a spec page (no source found); the test page's ruler confirms the width.
    id: 'gprinter-gp80',
    name: 'GPrinter GP-80',
    family: 'gprinter',
    names: /\bGP-?[A-Z]?80/i,
  },
  {
    // HPRT TP801 / TP805 / TP806 / TP80K: 80 mm, GS I 66 answers "HPRT" ("TP801/TP805/TP806 User Manual",
    // www.hprt.com; "TP80K Programming Manual", GS I n, manualslib.com/manual/3342969).
    id: 'hprt-tp80',
    name: 'HPRT TP80x',
    family: 'hprt',
    names: /\bTP80[0-9K]/i,
    reports: /\bHPRT\b/i,
  },
  {
    // Rongta RP58 (58 mm) and RP80 / RP326 / RP332 / RP850 (80 mm): "RP80 Command Set", www.rongtatech.com.
    id: 'rongta-rp58',
    name: 'Rongta RP58',
    family: 'rongta-58',
    names: /\bRP-?58/i,
  },
  {
    id: 'rongta-rp80',
    name: 'Rongta RP80',
    family: 'rongta-80',
    names: /\bRP-?(80|326|327|332|850)/i,
    reports: /\bRONGTA\b/i,
  },
  {
    // Sunmi handhelds (V1/V2/P2) expose their 58 mm built-in printer as the virtual Bluetooth device
    // "InnerPrinter" ("SunmiPrinter Developer documentation", 1.2 "virtual bluetooth"); the T2 desk model
    // has 80 mm paper, which the merchant picks on the Printer settings screen.
    id: 'sunmi-inner',
    name: 'Sunmi built-in printer',
    family: 'sunmi-58',
    names: /^InnerPrinter$/i,
  },
  {
    // 04B8:0202 is what TM-T88V units report (a WebUSB receipt-printer demo's supportedPrinters list);
    // 512 dots at 180 dpi (TM-T88V ESC/POS notes: "Printable width: 512 dots (72mm) for 80mm paper").
    id: 'epson-tm-t88',
    name: 'Epson TM-T88',
    family: 'epson-tm-t88',
    usb: [{ vendorId: 0x04b8, productId: 0x0202 }],
    names: /TM-T88/i,
    reports: /TM-T88/i,
  },
  {
    // 04B8:0E03 TM-T20, 04B8:0E15 TM-T20II (an ESC/POS Python script's device_list of USB printers).
    id: 'epson-tm-t20',
    name: 'Epson TM-T20',
    family: 'epson-tm-t20',
    usb: [
      { vendorId: 0x04b8, productId: 0x0e03 },
      { vendorId: 0x04b8, productId: 0x0e15 },
    ],
    names: /TM-T20/i,
    reports: /TM-T20/i,
  },
  {
    // TM-T82 China model: 48 columns on 80 mm (react-native-esc-pos-printer, getFontACharsPerLine).
    id: 'epson-tm-t82',
    name: 'Epson TM-T82',
    family: 'epson-tm-t82',
    names: /TM-T82/i,
    reports: /TM-T82/i,
  },
  {
    // 0519:0003 TSP143III (Star Micronics USB ID); the TSP100 speaks ESC/POS through Star's command
    // emulator ("Command Emulator STAR Line Mode Command Specifications", applicable models TSP100).
    id: 'star-tsp100',
    name: 'Star TSP100',
    family: 'star-escpos',
    usb: [{ vendorId: 0x0519, productId: 0x0003 }],
    names: /TSP1\d\d/i,
  },
  {
    // Unbranded clones name themselves by paper width: "POS-58", "POS58", "POS-80" ("POS-58 Receipt
    // Printer User Manual", manuals.online/hiweigh/printer/pos58).
    id: 'generic-pos58',
    name: 'POS-58',
    family: 'generic-58',
    names: /\bPOS-?58|\b58 ?mm\b/i,
  },
  {
    id: 'generic-pos80',
    name: 'POS-80',
    family: 'generic-80',
    names: /\bPOS-?80|\b80 ?mm\b/i,
  },
];

/** What is known about a printer to recognise it by. */
export interface ModelClues {
  identity: PrinterIdentity;
  /** `GS I 66` / `67` replies from the probe, when it answered. */
  maker?: string | null;
  model?: string | null;
}

/** The model a printer is, from the strongest clue to the weakest: USB pair, own name, GS I replies. */
export function findModel(clues: ModelClues): PrinterModel | null {
  const { identity } = clues;
  const { vendorId, productId } = identity;
  if (vendorId !== undefined && productId !== undefined) {
    const byUsb = MODELS.find((m) =>
      m.usb?.some((u) => u.vendorId === vendorId && u.productId === productId),
    );
    if (byUsb) return byUsb;
  }
  const names = [identity.product, identity.name].filter((n): n is string => Boolean(n));
  const byName = MODELS.find((m) => m.names && names.some((n) => m.names!.test(n)));
  if (byName) return byName;
  const reported = [clues.maker, clues.model].filter(Boolean).join(' ');
  if (!reported) return null;
  return MODELS.find((m) => (m.reports ?? m.names)?.test(reported)) ?? null;
}
