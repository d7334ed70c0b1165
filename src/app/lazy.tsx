/** Loads a screen's code only when it is first shown, keeping the first screen small. */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Whether a stylesheet link's load failed. All our stylesheets are same-origin, so a loaded one has readable
 * rules; after a failed load Chromium leaves a sheet whose rules it refuses to show (SecurityError). A link
 * still loading has no sheet yet and is left alone: replacing it would strand the loader waiting for it.
 */
function failedToLoad(link: HTMLLinkElement): boolean {
  try {
    return link.sheet !== null && link.sheet.cssRules.length === 0;
  } catch {
    return true;
  }
}

/**
 * Fetches again every stylesheet link whose load failed (e.g. with the network cut). Vite's lazy-chunk loader
 * adds a chunk's CSS link once per page and never again, even when that load failed (`preloadOnce` in Vite's
 * `importAnalysisBuild.ts`), so a screen retried after a failure would otherwise open without its styles.
 */
function refetchFailedStylesheets(): Promise<unknown> {
  const failed = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    failedToLoad,
  );
  return Promise.all(
    failed.map(
      (link) =>
        new Promise<void>((resolve, reject) => {
          const fresh = link.cloneNode() as HTMLLinkElement;
          fresh.addEventListener('load', () => resolve());
          fresh.addEventListener('error', () => reject(new Error(`Unable to load CSS ${link.href}`)));
          link.replaceWith(fresh);
        }),
    ),
  );
}

export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let failedBefore = false;
  const attempt = async () => {
    if (failedBefore) await refetchFailedStylesheets();
    try {
      return await load();
    } catch (error) {
      failedBefore = true;
      throw error;
    }
  };
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState<unknown>(undefined);
    useEffect(() => {
      if (loaded) return;
      let cancelled = false;
      attempt().then(
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
    // The error boundary shows the failure and mounts the screen again when asked to, or when the network or
    // a service worker comes back (src/app/error-boundary.tsx); the next mount tries again.
    if (failed) throw failed;
    return Screen ? <Screen {...props} /> : <div class="screen-loading" aria-busy="true" />;
  };
}
