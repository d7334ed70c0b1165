/** Faults per kind per week as a small inline SVG bar chart, with the most common cause in words. */
import type { FaultKind } from '../../printer/faults';
import { htmlLang, useLang, useStrings, type Lang } from '../i18n';
import { FAULT_COLOURS } from './fault-colours';
import { faultWords } from './fault-words';
import type { FaultStats } from './stats';
import { faultLogStrings } from './strings';

const WIDTH = 320;
const HEIGHT = 140;
const AXIS = 18;

/** The chart for one set of statistics. */
export function FaultChart({ stats }: { stats: FaultStats }) {
  const s = useStrings(faultLogStrings);
  const lang = useLang();
  if (stats.total === 0) return <p class="fault-stats-empty">{s.statsEmpty}</p>;
  const colour = (kind: FaultKind) => FAULT_COLOURS[kind];
  const peak = Math.max(...stats.weeks.map((w) => w.total));
  const slot = WIDTH / stats.weeks.length;
  const scale = (HEIGHT - AXIS) / peak;
  const day = new Intl.DateTimeFormat(htmlLang(lang), { month: 'numeric', day: 'numeric' });
  const top = mostCommonWords(stats, lang, s);
  return (
    <figure class="fault-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={top ?? s.stats}>
        {stats.weeks.map((week, i) => {
          let y = HEIGHT - AXIS;
          return (
            <g key={week.start} data-week={week.start}>
              <title>{`${s.weekOf(day.format(week.start))}: ${week.total}`}</title>
              {stats.kinds
                .filter((kind) => week.byKind[kind])
                .map((kind) => {
                  const h = week.byKind[kind]! * scale;
                  y -= h;
                  return (
                    <rect
                      key={kind}
                      x={i * slot + 4}
                      y={y}
                      width={slot - 8}
                      height={h}
                      fill={colour(kind)}
                      data-kind={kind}
                    />
                  );
                })}
              <text x={i * slot + slot / 2} y={HEIGHT - 4} text-anchor="middle" font-size="10">
                {day.format(week.start)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {top && <p class="fault-most-common">{top}</p>}
        <ul class="fault-legend">
          {stats.kinds.map((kind) => (
            <li key={kind}>
              <span class="swatch" style={{ background: colour(kind) }} aria-hidden="true" />
              {faultWords(kind, lang).title}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** "Most common cause: …", or every cause tied for first place, said to be tied. */
function mostCommonWords(stats: FaultStats, lang: Lang, s: (typeof faultLogStrings)[Lang]): string | null {
  const top = stats.mostCommon;
  if (!top) return null;
  const titles = top.kinds.map((kind) => faultWords(kind, lang).title);
  if (titles.length === 1) return s.mostCommon(titles[0]!, top.count);
  return s.mostCommonTied(titles.join(lang === 'zh' ? '、' : ', '), top.count);
}
