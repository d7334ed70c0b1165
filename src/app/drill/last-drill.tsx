/** Home's line about the last practice drill, with a way to practise. */
import { useEffect, useState } from 'preact/hooks';
import { lastDrill, type DrillRecord } from '../../store/drills';
import { useLang, useStrings } from '../i18n';
import { hrefFor } from '../router';
import { drillNoteStrings } from './note-strings';

export function LastDrillNote() {
  const d = useStrings(drillNoteStrings);
  const lang = useLang();
  // undefined while reading, null when there has been no drill.
  const [drill, setDrill] = useState<DrillRecord | null | undefined>(undefined);
  useEffect(() => {
    void lastDrill().then(
      (found) => setDrill(found ?? null),
      (error: unknown) => {
        console.warn('last drill unreadable', error);
        setDrill(null);
      },
    );
  }, []);
  if (drill === undefined) return null;
  const seconds = (ms: number | null, ifNull: string) => (ms === null ? ifNull : d.seconds(ms));
  return (
    <p class="last-drill" data-testid="last-drill">
      {drill === null
        ? d.noDrillYet
        : d.lastDrill(
            new Date(drill.startedAt).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en'),
            seconds(drill.toQrMs, d.never),
            seconds(drill.toFixedMs, d.stopped),
          )}{' '}
      <a href={hrefFor('virtual')}>{d.practise}</a>
    </p>
  );
}
