/**
 * Sizes a QR code so each module is a whole number of device pixels. With `shape-rendering: crispEdges`, a
 * fractional module size draws some modules a pixel wider than others; phone cameras (and decoders such as
 * jsQR) read uneven modules less reliably than even ones.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** The number of modules across a QR SVG of ours (quiet zone included), read from its viewBox. */
export function modulesAcross(svg: string): number | undefined {
  const width = /viewBox="0 0 (\d+) /.exec(svg)?.[1];
  return width === undefined ? undefined : Number(width);
}

/**
 * Keeps `box` (whose stylesheet width is the most room the code may take) at the largest width, within that
 * room, where each of `modules` modules is a whole number of device pixels; follows its container's size.
 */
export function useWholeModules(box: RefObject<HTMLElement>, modules: number | undefined): void {
  useLayoutEffect(() => {
    const el = box.current;
    const container = el?.parentElement;
    if (!el || !container || !modules) return;
    const fit = () => {
      el.style.width = '';
      const room = el.getBoundingClientRect().width * devicePixelRatio;
      const perModule = Math.floor(room / modules);
      if (perModule >= 1) el.style.width = `${(perModule * modules) / devicePixelRatio}px`;
    };
    fit();
    // The container, not the box: the box's own width is what this sets.
    const observer = new ResizeObserver(fit);
    observer.observe(container);
    return () => observer.disconnect();
  }, [box, modules]);
}
