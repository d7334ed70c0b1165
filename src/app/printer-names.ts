/**
 * How a printer is named on screen: a real one by the name it gives itself (a product name, never translated),
 * the app's own virtual printer and the ways of connecting in the merchant's language. Exports (CSV, JSON) keep
 * the stored values.
 */
import type { PrinterIdentity, TransportKind } from '../transport/types';
import { defineStrings, type Lang } from './i18n';

export const printerNameStrings = defineStrings<Record<TransportKind | 'virtualPrinter', string>>({
  en: {
    virtualPrinter: 'Virtual printer',
    usb: 'USB',
    serial: 'serial',
    bluetooth: 'Bluetooth',
    virtual: 'virtual',
  },
  zh: { virtualPrinter: '虚拟打印机', usb: 'USB', serial: '串口', bluetooth: '蓝牙', virtual: '虚拟' },
});

type Words = (typeof printerNameStrings)['en'];

/** The printer's name as the merchant reads it. */
export function printerName(identity: Pick<PrinterIdentity, 'name' | 'transport'>, words: Words): string {
  return identity.transport === 'virtual' ? words.virtualPrinter : identity.name;
}

/** The name with the way it is connected: "XP-58IIH (USB)", "虚拟打印机（虚拟）". */
export function printerWithConnection(
  identity: Pick<PrinterIdentity, 'name' | 'transport'>,
  words: Words,
  lang: Lang,
): string {
  const name = printerName(identity, words);
  return lang === 'zh' ? `${name}（${words[identity.transport]}）` : `${name} (${words[identity.transport]})`;
}
