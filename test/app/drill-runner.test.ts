import { describe, expect, test } from 'vitest';
import { PrinterController } from '../../src/app/printer-controller';
import { DrillRunner } from '../../src/app/drill/drill-runner';
import type { DrillPhase, DrillResult } from '../../src/app/drill/drill-clock';
import { controllerDeps } from '../_util/controller-deps';

async function runnerOnVirtualPrinter(keep: (result: DrillResult) => Promise<unknown>) {
  const controller = new PrinterController(controllerDeps());
  await controller.connectVirtual();
  const runner = new DrillRunner(controller, keep);
  const heard: (DrillPhase | null)[] = [];
  runner.subscribe((phase) => heard.push(phase));
  return { runner, heard };
}

describe('a drill’s end is announced once its result is kept', () => {
  test('listeners hear "ended" only after the result is on disk, so the history read then includes it', async () => {
    const kept: DrillResult[] = [];
    let release = (): void => undefined;
    const { runner, heard } = await runnerOnVirtualPrinter(
      (result) =>
        new Promise((resolve) => {
          kept.push(result);
          release = () => resolve(undefined);
        }),
    );
    runner.start('cover-open', 1_000);
    runner.stop(2_000);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.completed).toBe(false);
    expect(heard.map((p) => p?.kind)).not.toContain('ended');
    release();
    await expect.poll(() => heard.at(-1)?.kind).toBe('ended');
    expect(runner.current?.kind).toBe('ended');
  });

  test('a result that cannot be kept still ends the drill on screen', async () => {
    const { runner, heard } = await runnerOnVirtualPrinter(async () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    runner.start('cover-open', 1_000);
    runner.stop(2_000);
    await expect.poll(() => heard.at(-1)?.kind).toBe('ended');
  });
});
