import { describe, expect, test } from 'vitest';
import { textLines } from '../../src/escpos/interpreter/render-text';
import { VirtualPrinter } from '../../src/escpos/virtual-printer';
import {
  decodeReceiptLink,
  encodeReceiptLink,
  generateSigningKeyPair,
  PROFILES,
  printReceipt,
  receiptToEscPos,
  signerFromKeyPair,
  validateReceipt,
} from '../../src/lib';
import type { FaultObservation } from '../../src/printer/faults';
import { VirtualTransport } from '../../src/transport/virtual';
import { fixtureJson } from '../_util/fixtures';
import { MemoryJournal } from './_rig';

describe('the library entry', () => {
  test('server side: a validated receipt becomes ESC/POS bytes that print every item on the virtual printer', () => {
    const receipt = validateReceipt(fixtureJson('convenience-store-zh'));
    const bytes = receiptToEscPos(receipt, { profile: PROFILES['generic-80'] });
    /* ESC @ = initialize printer (Epson ESC/POS reference): every job starts clean */
    expect([...bytes.slice(0, 2)]).toEqual([0x1b, 0x40]);
    const printer = new VirtualPrinter({ profile: PROFILES['generic-80'] });
    printer.receive(bytes);
    const paper = textLines(printer.paper).join('\n');
    for (const item of receipt.items) expect(paper).toContain(item.name.slice(0, 4));
  });

  test('server side: a signed link decodes back to the same receipt, verified', async () => {
    const receipt = validateReceipt(fixtureJson('cafe-en'));
    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    const link = await encodeReceiptLink('https://receipts.example/', receipt, { signer });
    const decoded = await decodeReceiptLink(link);
    expect(decoded.ok && decoded.verified.state).toBe('verified');
    expect(decoded.ok && decoded.receipt.total).toBe(receipt.total);
  });

  test('validateReceipt names the line that does not add up', () => {
    const wrong = fixtureJson('cafe-en') as { items: { amount: number }[] };
    wrong.items[0]!.amount += 1;
    expect(() => validateReceipt(wrong)).toThrow(/items\[0\]/);
  });

  for (const [name, paperOut, expected] of [
    ['a ready printer prints and the session it opened is closed again', false, 'printed'],
    ['paper out gives the e-receipt link instead', true, 'e-receipt-issued'],
  ] as const) {
    test(`printReceipt on a transport: ${name}`, async () => {
      const printer = new VirtualPrinter({ profile: PROFILES.virtual });
      if (paperOut) printer.setFault('paper-out', true);
      const transport = new VirtualTransport(printer);
      const journal = new MemoryJournal();
      const faults: FaultObservation[] = [];
      const signer = await signerFromKeyPair(await generateSigningKeyPair());
      const outcome = await printReceipt(fixtureJson('convenience-store-zh'), {
        printer: transport,
        journal,
        recordFault: async (obs) => void faults.push(obs),
        signer,
        viewerBase: 'https://receipts.example/',
      });
      expect(outcome.kind).toBe(expected);
      if (outcome.kind === 'e-receipt-issued') {
        expect(outcome.link.startsWith('https://receipts.example/#')).toBe(true);
        expect(faults.some((f) => f.kind === 'paper-out')).toBe(true);
      } else {
        expect(textLines(printer.paper).join('\n')).toContain('南孚电池');
      }
      await expect(transport.write(new Uint8Array([0]))).rejects.toMatchObject({ code: 'disconnected' });
    });
  }
});
