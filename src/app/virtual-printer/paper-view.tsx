/** The virtual printer's paper, redrawn (at most once a frame) whenever the printer changes. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { renderSvg } from '../../escpos/interpreter/render-svg';
import type { VirtualPrinter } from '../../escpos/virtual-printer';
import { useStrings } from '../i18n';
import { virtualStrings } from './strings';

/** The paper the virtual printer has printed, as SVG, with a tear-off button. */
export function PaperView({ printer }: { printer: VirtualPrinter }) {
  const v = useStrings(virtualStrings);
  const [svg, setSvg] = useState(() => renderSvg(printer.paper));
  const [empty, setEmpty] = useState(() => printer.paper.items.length === 0);
  const roll = useRef<HTMLDivElement>(null);
  // Paper comes out at the bottom: keep the newest print in view, as a real printer's is.
  useLayoutEffect(() => {
    const box = roll.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [svg]);
  useEffect(() => {
    let frame = 0;
    const redraw = () => {
      setSvg(renderSvg(printer.paper));
      setEmpty(printer.paper.items.length === 0);
      frame = 0;
    };
    const stop = printer.onChange(() => {
      frame ||= requestAnimationFrame(redraw);
    });
    redraw();
    return () => {
      stop();
      cancelAnimationFrame(frame);
    };
  }, [printer]);
  return (
    <section class="card virtual-paper" aria-label={v.paper}>
      <h2>{v.paper}</h2>
      {empty ? (
        <p>{v.emptyPaper}</p>
      ) : (
        // The SVG is produced by our own renderer, which escapes all printed text (escapeXml).
        <div class="paper-svg" ref={roll} dangerouslySetInnerHTML={{ __html: svg }} />
      )}
      <button type="button" class="action" onClick={() => printer.tearOff()}>
        {v.tearOff}
      </button>
    </section>
  );
}
