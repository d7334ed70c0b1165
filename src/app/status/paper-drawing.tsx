/**
 * The paper-loading drawing beside the status words when the paper is out: the same drawing the wizard and
 * the fault log use (`wizard/paper-loading.ts`). Loaded only when needed, so the home screen's first load
 * does not carry every wizard drawing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { PAPER_LOADING_DRAWING } from '../../wizard/paper-loading';
import type { IllustrationId } from '../../wizard/types';

type Drawing = FunctionComponent<{ id: IllustrationId }>;

export function PaperLoadingDrawing() {
  const [Illustration, setIllustration] = useState<Drawing | null>(null);
  useEffect(() => {
    let live = true;
    import('../wizard/illustrations').then(
      (module) => live && setIllustration(() => module.Illustration),
      (error: unknown) => console.warn('paper drawing not loaded', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return Illustration ? (
    <div class="status-drawing">
      <Illustration id={PAPER_LOADING_DRAWING} />
    </div>
  ) : null;
}
