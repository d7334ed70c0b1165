import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../_util/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** What the printer status area says. */
const statusArea = (page: Page) => page.locator('.status-area').first().textContent();

/** Opens the app on the virtual printer screen and connects it. */
async function connectVirtual(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}/#/virtual`);
  await page.getByRole('button', { name: 'Connect the virtual printer' }).click();
  await expect
    .poll(() => page.getByRole('status').first().textContent(), { timeout: 5000 })
    .toContain('Ready');
  return page;
}

/** Turns a virtual fault on and waits until the app's status shows it. */
async function causeFault(page: Page, toggle: () => Promise<void>, shows: string): Promise<void> {
  await toggle();
  // Silence is only noticed at the session's slower liveness poll, so allow for a few of them.
  await expect.poll(() => statusArea(page), { timeout: 20_000 }).toContain(shows);
}

async function openWizard(page: Page, query = ''): Promise<void> {
  await page.goto(`${inject('appUrl')}/#/wizard${query}`);
  await page.getByRole('heading', { name: 'Troubleshoot' }).waitFor();
}

const wizardStep = (page: Page) => page.locator('.wizard').getAttribute('data-step');

describe('the wizard with the virtual printer', () => {
  const LIVE_FAULTS = [
    {
      name: 'cover open',
      on: 'Open the cover',
      status: 'Cover open',
      step: 'cover-fix',
      heading: 'The cover is open',
      fixed: 'Cover closed — the printer is ready',
    },
    {
      name: 'paper out',
      on: 'Pull the paper out',
      status: 'Out of paper',
      step: 'paper-out-fix',
      heading: 'The printer is out of paper',
      fixed: 'Paper is in — the printer is ready',
    },
    {
      name: 'overheating',
      on: 'Overheat the print head',
      status: 'too hot',
      step: 'heat-fix',
      heading: 'The print head is too hot',
      fixed: 'Cooled down — the printer is ready',
    },
  ];
  for (const fault of LIVE_FAULTS) {
    test(`${fault.name}: starts on its branch, sees the fix made on the virtual printer, ends "fixed"`, async () => {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await connectVirtual(context);
      await causeFault(page, () => page.getByRole('switch', { name: fault.on }).check(), fault.status);

      await openWizard(page);
      await page.getByRole('heading', { name: fault.heading }).waitFor();
      await expect(wizardStep(page)).resolves.toBe(fault.step);

      await page.getByRole('switch', { name: fault.on }).uncheck();
      await page.getByRole('heading', { name: fault.fixed }).waitFor({ timeout: 10_000 });
      await expect(page.locator('.wizard-result').textContent()).resolves.toBe('Fixed');
      await expect(page.getByText('The app checked it.').isVisible()).resolves.toBe(true);
      await context.close();
    });
  }

  test('in Chinese: cover open starts on its branch in Chinese and ends "已解决" when the cover is closed', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: '连接虚拟打印机' }).click();
    await expect.poll(() => statusArea(page), { timeout: 5000 }).toContain('就绪');
    await causeFault(page, () => page.getByRole('switch', { name: '打开纸仓盖' }).check(), '上盖未关');

    await page.goto(`${inject('appUrl')}/#/wizard`);
    await page.getByRole('heading', { name: '故障排查' }).waitFor();
    await page.getByRole('heading', { name: '纸仓盖开着' }).waitFor();
    await expect(page.getByRole('button', { name: '我已完成，重新检查' }).isVisible()).resolves.toBe(true);
    await page.getByRole('switch', { name: '打开纸仓盖' }).uncheck();
    await page.getByRole('heading', { name: '盖子已关好，打印机就绪' }).waitFor({ timeout: 10_000 });
    await expect(page.locator('.wizard-result').textContent()).resolves.toBe('已解决');
    await context.close();
  });

  test('silent printer: starts on "does not answer", and answering again is detected and ends "fixed"', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await connectVirtual(context);
    await causeFault(
      page,
      () => page.getByRole('radio', { name: 'Never (silent)' }).check(),
      'Not answering',
    );

    await openWizard(page);
    await page.getByRole('heading', { name: 'The printer does not answer' }).waitFor();
    await expect(wizardStep(page)).resolves.toBe('silent-fix');

    await page.getByRole('radio', { name: 'Normally' }).check();
    await page
      .getByRole('heading', { name: 'The printer answers again and is ready' })
      .waitFor({ timeout: 15_000 });
    await expect(page.locator('.wizard-result').textContent()).resolves.toBe('Fixed');
    await context.close();
  });

  test('an unplugged printer starts at the power question; plugging it back in is detected and a test page ends it', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await connectVirtual(context);
    await page.getByRole('switch', { name: 'Unplug the cable' }).check();

    await openWizard(page);
    await page
      .getByRole('heading', { name: 'Is the printer’s power light on?' })
      .waitFor({ timeout: 10_000 });
    await expect(wizardStep(page)).resolves.toBe('power-ask');
    await page.getByRole('button', { name: 'Yes, it is on' }).click();
    await page.getByRole('heading', { name: 'Check the cable' }).waitFor();
    await page.getByRole('button', { name: 'I have done this — check again' }).click();
    await page.getByRole('heading', { name: 'Connect the printer' }).waitFor();

    await page.getByRole('switch', { name: 'Unplug the cable' }).uncheck();
    await page.getByRole('heading', { name: 'How did the test page come out?' }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Complete and clear, Chinese too' }).click();
    await page.getByRole('heading', { name: 'Printing works again' }).waitFor();
    await expect(page.locator('.wizard-result').textContent()).resolves.toBe('Fixed');
    await context.close();
  });

  test('garbled Chinese: the wizard prints a Chinese line, the merchant reads the paper and confirms it', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await connectVirtual(context);
    await openWizard(page, '?menu=1');
    await page.getByRole('button', { name: 'Chinese prints as gibberish' }).click();
    await page.getByRole('heading', { name: /How did the Chinese line/ }).waitFor({ timeout: 20_000 });
    await expect(page.locator('.paper-svg').textContent()).resolves.toContain('小票打印测试');
    await page.getByRole('button', { name: 'Correct Chinese' }).click();
    await page.getByRole('heading', { name: 'Chinese prints correctly' }).waitFor();
    await expect(page.getByText('You confirmed it.').isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('a cutter that stays jammed ends "not fixed" with an e-receipt offer and a report of what was observed', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await connectVirtual(context);
    await causeFault(
      page,
      () => page.getByRole('switch', { name: 'Jam the cutter' }).check(),
      'Cutter jammed',
    );

    await openWizard(page);
    await page.getByRole('heading', { name: 'The cutter is stuck' }).waitFor();
    await page.getByRole('button', { name: 'I have done this — check again' }).click();
    await page.getByRole('heading', { name: 'The printer may need service' }).waitFor({ timeout: 10_000 });

    await expect(page.locator('.wizard-result').textContent()).resolves.toBe('Not fixed yet');
    await expect(
      page.getByRole('link', { name: 'Give an e-receipt now' }).getAttribute('href'),
    ).resolves.toBe('#/ereceipt');
    const report = page.locator('.wizard-report-text');
    await report.waitFor();
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('name: Virtual printer');
    expect(text).toContain('The cutter is stuck — Merchant did this');
    expect(text).toContain('Check status: cutter-jam');
    expect(text).toContain('Check fault-history: rare');
    expect(text).toContain('Result: Still broken — The printer may need service');
    await page.getByText('This troubleshooting was saved in the fault log.').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^receipt-rescue-support-.*\.txt$/);
    const saved = await readFile((await download.path())!, 'utf8');
    expect(saved).toContain('Check status: cutter-jam');

    const targets = await page.$$eval(
      '.wizard-toolbar :is(a, button), .wizard-step :is(a, button), .wizard-report button',
      (elements) =>
        elements.map((el) => {
          const box = el.getBoundingClientRect();
          return { text: el.textContent?.trim(), small: box.width < 44 || box.height < 44 };
        }),
    );
    expect(targets.length).toBeGreaterThanOrEqual(7);
    expect(targets.filter((target) => target.small)).toEqual([]);

    await page.goto(`${inject('appUrl')}/#/faults`);
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 5000 })
      .toMatch(/Troubleshooting|troubleshooting/);
    await context.close();
  });

  test('paper out: the status area and the wizard say the same thing about loading the roll, with the same drawing', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}/#/virtual`);
    await page.getByRole('button', { name: '连接虚拟打印机' }).click();
    await causeFault(page, () => page.getByRole('switch', { name: '抽出纸卷' }).check(), '缺纸');
    const direction = /[^。]*纸卷的下面[^。]*。/;
    const onStatus = ((await statusArea(page)) ?? '').match(direction)?.[0];
    expect(onStatus).toContain('朝向打印头');
    const statusDrawing = page.locator('section.status-area svg[data-illustration]');
    await expect(statusDrawing.getAttribute('data-illustration')).resolves.toBe('paper-loading');
    const onStatusDrawing = (await statusDrawing.innerHTML()).replace(/\s+/g, ' ');

    await page.goto(`${inject('appUrl')}/#/wizard`);
    await expect.poll(() => wizardStep(page)).toBe('paper-out-fix');
    const step = page.locator('.wizard-step');
    expect(((await step.textContent()) ?? '').match(direction)?.[0]).toBe(onStatus);
    await expect(step.locator('svg').getAttribute('data-illustration')).resolves.toBe('paper-loading');
    expect((await step.locator('svg').innerHTML()).replace(/\s+/g, ' ')).toBe(onStatusDrawing);
    await context.close();
  });

  test('nothing came out although the self-test page prints: the wizard looks at the connection and ends only on a new test page the merchant confirms', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await connectVirtual(context);
    await openWizard(page, '?menu=1');
    await page.getByRole('button', { name: 'Nothing prints' }).click();
    await page.getByRole('heading', { name: 'How did the test page come out?' }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Nothing came out' }).click();
    await page.getByRole('button', { name: 'It printed a self-test page' }).click();

    await page
      .getByRole('heading', { name: 'The printer works; the trouble is on the way to it' })
      .waitFor({ timeout: 10_000 });
    await expect(page.locator('.wizard-result').count()).resolves.toBe(0);
    const testPages = async () =>
      ((await page.locator('.paper-svg').textContent()) ?? '').split('小票打印测试').length - 1;
    const pagesBefore = await testPages();
    expect(pagesBefore).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: 'I have done this — check again' }).click();
    await page
      .getByRole('heading', { name: 'Did the test page come out this time?' })
      .waitFor({ timeout: 20_000 });
    // A new test page was printed for the merchant to look at.
    await expect.poll(testPages).toBeGreaterThan(pagesBefore);
    await page.getByRole('button', { name: 'Still nothing, or it is wrong' }).click();
    await page.getByRole('heading', { name: 'The printer still cannot be reached' }).waitFor();
    await expect(page.locator('.wizard-result').textContent()).resolves.toBe('Not fixed yet');
    await context.close();
  });

  test('"not charged": the cashier is told to take the payment again first; the e-receipt is offered only after', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await openWizard(page, '?menu=1');
    await page.getByRole('button', { name: 'The payment does not match the receipt' }).click();
    await page.getByRole('button', { name: 'Not charged at all' }).click();
    await page.getByRole('heading', { name: 'Not charged: take the payment again first' }).waitFor();
    const end = page.locator('.wizard-end');
    await expect(end.locator('.primary').allTextContents()).resolves.toEqual(['The customer has paid now']);
    await expect(end.getByRole('link', { name: 'Give an e-receipt now' }).count()).resolves.toBe(0);
    await expect(end.textContent()).resolves.toContain('ask the customer to pay again');

    await end.getByRole('button', { name: 'The customer has paid now' }).click();
    await expect(end.locator('.primary').allTextContents()).resolves.toEqual(['Give an e-receipt now']);
    await expect(end.getByRole('link', { name: 'Give an e-receipt now' }).getAttribute('href')).resolves.toBe(
      '#/ereceipt',
    );
    await context.close();
  });

  test('"the internet is down" with the browser still saying online: a request that fails keeps it unsolved until one gets through', async () => {
    // No service worker, so the page's own requests meet the route below.
    const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
    const page = await context.newPage();
    await openWizard(page, '?menu=1');
    let refused = 0;
    await page.route(/network-check=/, (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(true);
    await page.getByRole('button', { name: 'The internet is down' }).click();
    await page.getByRole('heading', { name: 'No internet, but you can keep selling' }).waitFor();
    // The wizard keeps asking while the instruction is shown; several refusals later it is still there.
    await expect.poll(() => refused, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await expect(wizardStep(page)).resolves.toBe('network-fix');
    await expect(page.locator('.wizard-result').count()).resolves.toBe(0);

    await page.unroute(/network-check=/);
    await page.getByRole('heading', { name: 'This device is online' }).waitFor({ timeout: 10_000 });
    await expect(page.locator('.wizard-result').textContent()).resolves.toBe('Fixed');
    await context.close();
  });

  test('with the network cut, the wizard opens offline on "Connect the printer", switches to the symptom list, and ends "fixed" once the network is back', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.getByText('Ready to work offline').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    // The app itself came back from the service worker's cache before we move on to the wizard.
    await page.getByRole('link', { name: 'Troubleshoot' }).waitFor();

    await page.getByRole('link', { name: 'Troubleshoot' }).click();
    await page.getByRole('heading', { name: 'Troubleshoot' }).waitFor();
    await page.getByRole('heading', { name: 'Connect the printer' }).waitFor();
    await page.getByRole('button', { name: 'Something else is wrong' }).click();
    await page.getByRole('button', { name: 'The internet is down' }).click();
    await page.getByRole('heading', { name: 'No internet, but you can keep selling' }).waitFor();
    await expect(page.getByText(/e-receipt QR codes/).isVisible()).resolves.toBe(true);

    await context.setOffline(false);
    await page.getByRole('heading', { name: 'This device is online' }).waitFor({ timeout: 10_000 });
    await expect(page.locator('.wizard-result').textContent()).resolves.toBe('Fixed');
    await context.close();
  });
});
