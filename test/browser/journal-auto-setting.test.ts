import { describe, expect, inject, test } from 'vitest';
import { seededTablets } from './ledger-helpers';
import { refuseWritesTo } from './store-helpers';

const seededPage = seededTablets();
const AUTO = 'Print failed receipts again automatically when the printer is ready';

describe('the "print failed receipts again automatically" switch', () => {
  test('a choice the tablet cannot keep goes back', async () => {
    const page = await seededPage('en');
    await page.goto(`${inject('devUrl')}/#/`);
    const auto = page.getByRole('checkbox', { name: AUTO });
    await expect.poll(() => auto.isChecked()).toBe(true);

    await refuseWritesTo(page, 'settings');
    const refused = page.waitForEvent('console', (message) => message.text().includes('setting not saved'));
    await auto.click();
    await refused;
    await expect.poll(() => auto.isChecked()).toBe(true);
  });
});
