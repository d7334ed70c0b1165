/** Loads a screen's code only when it is first shown, keeping the first screen small. */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState<unknown>(undefined);
    useEffect(() => {
      if (loaded) return;
      let cancelled = false;
      load().then(
        (module) => {
          loaded = module.default;
          if (!cancelled) setScreen(() => module.default);
        },
        (error: unknown) => {
          if (!cancelled) setFailed(error);
        },
      );
      return () => {
        cancelled = true;
      };
    }, []);
    if (failed) throw failed;
    return Screen ? <Screen {...props} /> : <div class="screen-loading" aria-busy="true" />;
  };
}
