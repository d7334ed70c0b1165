import { describe, expect, test } from 'vitest';
import { PrinterController, type KnownPrinter } from '../../src/app/printer-controller';
import { controllerDeps } from '../_util/controller-deps';

describe('what connecting learns is remembered before the printer shows ready', () => {
  test('the view stays connecting until the printer is remembered', async () => {
    let release = (): void => undefined;
    const kept: KnownPrinter[] = [];
    const controller = new PrinterController(
      controllerDeps({
        remember: (_identity, known) =>
          new Promise((resolve) => {
            kept.push(known);
            release = () => resolve(undefined);
          }),
      }),
    );
    const connecting = controller.connectVirtual();
    await expect.poll(() => kept.length).toBe(1);
    expect(controller.view.state).toBe('connecting');
    release();
    await connecting;
    expect(controller.view.state).toBe('connected');
  });

  test('a disk that cannot keep it costs the memory, not the connection', async () => {
    const controller = new PrinterController(
      controllerDeps({
        remember: async () => {
          throw new DOMException('disk full', 'QuotaExceededError');
        },
      }),
    );
    await controller.connectVirtual();
    expect(controller.view.state).toBe('connected');
  });
});
