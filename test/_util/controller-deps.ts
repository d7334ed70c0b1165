/** Printer-controller deps that keep nothing (the store's work is not under test), with parts replaced. */
import type { ControllerDeps } from '../../src/app/printer-controller';

export function controllerDeps(replaced: Partial<ControllerDeps> = {}): ControllerDeps {
  return {
    onFault: async () => undefined,
    remember: async () => undefined,
    recall: async () => null,
    saveSetup: async () => undefined,
    storage: null,
    jobs: { start: async () => 1, finish: async () => undefined },
    ...replaced,
  };
}
