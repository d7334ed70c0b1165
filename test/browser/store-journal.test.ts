import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Store from '../../src/store/index';
import { inPage, noodleReceipt, storeTestPages } from './store-helpers';

const pages = storeTestPages();
let page: Page;

async function open(): Promise<void> {
  page = await pages.open();
}

const RECEIPT = noodleReceipt('R-7');

describe('what survives a reload', () => {
  test('a fault, a receipt stuck in printing and its unfinished job are all there after a reload', async () => {
    await open();
    const before = await inPage(
      page,
      async (load, receipt) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const printer = {
          transport: 'usb' as const,
          vendorId: 0x04b8,
          productId: 0x0202,
          serialNumber: 'X1',
          name: 'TM-T20',
        };
        await store.saveReceipt(receipt, 10);
        await store.setReceiptState(receipt.id, { state: 'printing' }, 11);
        const job = await store.startJob({ kind: 'printing-receipt', receiptId: receipt.id }, printer, 12);
        const fault = await store.recordFault({
          kind: 'paper-out',
          at: 13,
          printer,
          status: null,
          raw: [0x10, 0x04, 0x7e],
          activity: { kind: 'printing-receipt', receiptId: receipt.id },
          detail: 'DLE EOT 4 → 0x7E',
        });
        return { job, fault };
      },
      RECEIPT,
    );
    await page.reload();
    const after = await inPage(
      page,
      async (load, id) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        return {
          fault: await store.getFault(id),
          receipts: await store.unfinishedReceipts(),
          jobs: await store.unfinishedJobs(),
        };
      },
      before.fault.id,
    );
    expect(after.fault).toEqual(before.fault);
    expect(after.fault?.raw).toEqual([0x10, 0x04, 0x7e]);
    expect(after.receipts).toHaveLength(1);
    expect(after.receipts[0]).toMatchObject({ id: 'R-7', state: 'printing', createdAt: 10, updatedAt: 11 });
    expect(after.receipts[0]?.receipt).toEqual(RECEIPT);
    expect(after.jobs).toEqual([
      expect.objectContaining({ id: before.job, receiptId: 'R-7', state: 'sending', startedAt: 12 }),
    ]);
  });

  test('a failed receipt leaves the unfinished list once its e-receipt is issued, keeping the failure and link', async () => {
    await open();
    const result = await inPage(
      page,
      async (load, receipt) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        await store.saveReceipt(receipt, 1);
        await store.setReceiptState(receipt.id, { state: 'failed', cause: 'cover-open' }, 2);
        const failed = (await store.unfinishedReceipts()).map((e) => e.state);
        await store.setReceiptState(
          receipt.id,
          { state: 'e-receipt-issued', link: 'https://x.example/r#1abc' },
          3,
        );
        const missing = await store.setReceiptState('nope', { state: 'printed' }).then(
          () => null,
          (e: unknown) => (store.isStoreError(e) ? e.code : String(e)),
        );
        return {
          failed,
          unfinished: await store.unfinishedReceipts(),
          entry: await store.getReceipt(receipt.id),
          missing,
        };
      },
      RECEIPT,
    );
    expect(result.failed).toEqual(['failed']);
    expect(result.unfinished).toEqual([]);
    expect(result.entry).toMatchObject({
      state: 'e-receipt-issued',
      failure: { cause: 'cover-open', at: 2 },
      eReceiptLink: 'https://x.example/r#1abc',
    });
    expect(result.missing).toBe('not-found');
  });

  test('a printer record merges newly probed capabilities and keeps its baud rate; the latest seen comes first', async () => {
    await open();
    const result = await inPage(
      page,
      async (load) => {
        const store = await load<typeof Store>('/src/store/index.ts');
        const serial = { transport: 'serial' as const, name: 'COM3 打印机' };
        const usb = {
          transport: 'usb' as const,
          vendorId: 0x0416,
          productId: 0x5011,
          serialNumber: 'A1',
          name: 'XP-58',
        };
        await store.rememberPrinter(serial, { answersStatus: true, columns: 32 }, 100);
        await store.updatePrinterSettings(store.printerKeyOf(serial), { baudRate: 19200 });
        await store.rememberPrinter(usb, {}, 150);
        const again = await store.rememberPrinter(serial, { qr: false }, 200);
        const unknown = await store.updatePrinterSettings('usb:-:-:nobody', { baudRate: 9600 });
        return {
          again,
          order: (await store.knownPrinters()).map((p) => p.identity.name),
          unknown: unknown ?? null,
        };
      },
      null,
    );
    expect(result.again).toEqual({
      key: 'serial:-:-:COM3 打印机',
      identity: { transport: 'serial', name: 'COM3 打印机' },
      capabilities: { answersStatus: true, columns: 32, qr: false },
      settings: { baudRate: 19200 },
      firstSeen: 100,
      lastSeen: 200,
    });
    expect(result.order).toEqual(['COM3 打印机', 'XP-58']);
    expect(result.unknown).toBeNull();
  });

  test('the signing key is created once, cannot be exported, signs, and is the same key after a reload', async () => {
    await open();
    const sign = () =>
      inPage(
        page,
        async (load) => {
          const store = await load<typeof Store>('/src/store/index.ts');
          const [a, b] = await Promise.all([store.getOrCreateSigningKey(), store.getOrCreateSigningKey()]);
          const data = new TextEncoder().encode('R-7 1800');
          const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, a.privateKey, data);
          const jwk = await store.getPublicKeyJwk();
          const publicKey = await crypto.subtle.importKey(
            'jwk',
            jwk,
            { name: 'ECDSA', namedCurve: 'P-256' },
            true,
            ['verify'],
          );
          return {
            concurrentAgree:
              JSON.stringify(await crypto.subtle.exportKey('jwk', a.publicKey)) ===
              JSON.stringify(await crypto.subtle.exportKey('jwk', b.publicKey)),
            extractable: a.privateKey.extractable,
            verifies: await crypto.subtle.verify(
              { name: 'ECDSA', hash: 'SHA-256' },
              publicKey,
              signature,
              data,
            ),
            jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d },
          };
        },
        null,
      );
    const first = await sign();
    await page.reload();
    const second = await sign();
    expect(first.concurrentAgree).toBe(true);
    expect(first.extractable).toBe(false);
    expect(first.verifies).toBe(true);
    expect(first.jwk.kty).toBe('EC');
    expect(first.jwk.crv).toBe('P-256');
    expect(first.jwk.d).toBeUndefined();
    expect(second.jwk).toEqual(first.jwk);
  });
});
