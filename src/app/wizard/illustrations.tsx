/**
 * Simple line drawings for the wizard's questions and instructions, referenced by id from the flow data.
 * Decorative: the step's words say everything, so the drawings are hidden from screen readers.
 */
import type { JSX } from 'preact';
import type { IllustrationId } from '../../wizard/types';
import './illustrations.css';

// A printer seen from the front, reused by several drawings: body, paper slot, power light.
const printer = (
  <g>
    <rect x="20" y="30" width="80" height="40" rx="6" />
    <line x1="34" y1="38" x2="86" y2="38" />
  </g>
);

const DRAWINGS: Record<IllustrationId, JSX.Element> = {
  'power-light': (
    <g>
      {printer}
      <circle cx="88" cy="58" r="4" class="lit" />
      <path d="M60 10 v10 M52 14 a10 10 0 1 0 16 0" />
    </g>
  ),
  battery: (
    <g>
      <rect x="30" y="28" width="56" height="28" rx="4" />
      <rect x="86" y="36" width="6" height="12" />
      <rect x="34" y="32" width="10" height="20" class="lit" />
    </g>
  ),
  'usb-cable': (
    <g>
      {printer}
      <path d="M100 55 h10 v-40 h-60" />
      <rect x="36" y="10" width="14" height="10" />
    </g>
  ),
  'serial-cable': (
    <g>
      {printer}
      <path d="M100 55 h12 v-42 h-50" />
      <path d="M40 8 h22 l-3 10 h-16 z" />
    </g>
  ),
  'tablet-otg': (
    <g>
      <rect x="8" y="12" width="50" height="64" rx="5" />
      <path d="M58 44 h10 v6 h10" />
      <rect x="78" y="40" width="30" height="20" rx="3" />
    </g>
  ),
  'browser-chooser': (
    <g>
      <rect x="16" y="10" width="88" height="60" rx="4" />
      <line x1="16" y1="22" x2="104" y2="22" />
      <rect x="24" y="30" width="72" height="10" class="lit" />
      <line x1="24" y1="50" x2="96" y2="50" />
      <rect x="72" y="56" width="24" height="8" rx="2" />
    </g>
  ),
  'paper-roll': (
    <g>
      <circle cx="50" cy="40" r="20" />
      <circle cx="50" cy="40" r="5" />
      <path d="M50 60 h50 v-12" />
    </g>
  ),
  // Side view of a loaded roll: the paper leaves the bottom of the roll and runs to the cutter, its coated
  // underside (dashed) facing the print head below it. Same fact and sources as `wizard/paper-loading.ts`.
  'paper-loading': (
    <g>
      <circle cx="34" cy="34" r="18" />
      <circle cx="34" cy="34" r="5" />
      <path d="M34 52 H92 V12" />
      <path d="M38 56 H89" class="lit" stroke-dasharray="3 2" />
      <rect x="66" y="59" width="18" height="8" rx="2" class="lit" />
      <path d="M84 12 h14" class="dark" />
      <path d="M88 22 l4 -6 l4 6" />
    </g>
  ),
  'scratch-test': (
    <g>
      <rect x="30" y="8" width="60" height="66" />
      <path d="M40 50 l40 -20" class="dark" />
      <path d="M80 22 q8 -4 10 4" />
    </g>
  ),
  'paper-jam': (
    <g>
      {printer}
      <path d="M40 30 l6 -10 l6 8 l6 -12 l6 10 l6 -8 l6 12" />
    </g>
  ),
  cover: (
    <g>
      <rect x="20" y="40" width="80" height="30" rx="6" />
      <path d="M24 40 l50 -26" />
      <path d="M80 20 v12 m-6 -6 l6 6 l6 -6" />
    </g>
  ),
  cutter: (
    <g>
      {printer}
      <path d="M34 30 h52 l-4 -8 h-44 z" class="lit" />
    </g>
  ),
  thermometer: (
    <g>
      <rect x="52" y="8" width="12" height="50" rx="6" />
      <circle cx="58" cy="64" r="10" class="lit" />
      <line x1="58" y1="20" x2="58" y2="58" class="lit" />
    </g>
  ),
  'status-lights': (
    <g>
      {printer}
      <circle cx="72" cy="58" r="4" class="lit" />
      <circle cx="84" cy="58" r="4" class="warn" />
      <rect x="30" y="52" width="14" height="10" rx="2" />
    </g>
  ),
  'self-test': (
    <g>
      {printer}
      <rect x="30" y="52" width="14" height="10" rx="2" class="lit" />
      <path d="M40 30 v-22 h40 v22" />
      <line x1="46" y1="16" x2="74" y2="16" />
      <line x1="46" y1="22" x2="68" y2="22" />
    </g>
  ),
  'garbled-text': (
    <g>
      <rect x="30" y="6" width="60" height="68" />
      <path d="M38 20 h8 m4 0 h6 m4 0 h10 M38 32 l4 -4 l4 4 l4 -4 M60 30 h14 M38 44 h30" />
    </g>
  ),
  'half-receipt': (
    <g>
      <path d="M30 6 h60 v40 l-6 4 l-6 -4 l-6 4 l-6 -4 l-6 4 l-6 -4 l-6 4 l-6 -4 l-6 4 l-6 -4 z" />
      <line x1="38" y1="18" x2="82" y2="18" />
      <line x1="38" y1="28" x2="72" y2="28" />
    </g>
  ),
  payment: (
    <g>
      <rect x="14" y="20" width="50" height="32" rx="4" />
      <line x1="14" y1="30" x2="64" y2="30" />
      <rect x="74" y="10" width="30" height="60" rx="4" />
      <rect x="80" y="18" width="18" height="18" />
    </g>
  ),
  network: (
    <g>
      <path d="M30 40 a40 40 0 0 1 60 0 M40 50 a26 26 0 0 1 40 0 M50 60 a12 12 0 0 1 20 0" />
      <line x1="30" y1="70" x2="90" y2="14" class="warn" />
    </g>
  ),
};

/** The drawing for `id`, sized by CSS. */
export function Illustration({ id }: { id: IllustrationId }) {
  return (
    <svg class="wizard-illustration" viewBox="0 0 120 80" aria-hidden="true" data-illustration={id}>
      {DRAWINGS[id]}
    </svg>
  );
}
