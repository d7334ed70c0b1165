import { describe, expect, inject, test } from 'vitest';
import { seededTablets } from './ledger-helpers';

const seededPage = seededTablets();
const AUTO = 'Print failed receipts again automatically when the printer is ready';

describe('the "print failed receipts again automatically" switch', () => {
  test('a choice the tablet cannot keep goes back', async () => {
    const page = await seededPage('en');
    await page.goto(`${inject('devUrl')}/#/`);
    const auto = page.getByRole('checkbox', { name: AUTO });
    await expect.poll(() => auto.isChecked()).toBe(true);

    // The browser refuses every write to the settings store from now on, as a full disk does.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'settings') throw new DOMException('the disk is full', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const refused = page.waitForEvent('console', (message) => message.text().includes('setting not saved'));
    await auto.click();
    await refused;
    await expect.poll(() => auto.isChecked()).toBe(true);
  });
});
