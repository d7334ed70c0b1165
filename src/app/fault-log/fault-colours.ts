/**
 * One fixed colour per fault kind for the fault log's chart, so a kind looks the same in every session and
 * every filter. Each has at least 4.5:1 contrast against the white card (WCAG 2.2, 1.4.11 asks 3:1 for
 * graphics: https://www.w3.org/TR/WCAG22/#non-text-contrast); the legend names every colour in words.
 */
import type { FaultKind } from '../../printer/faults';

/** Kind → colour (hex); the type makes a missing kind a compile error. */
export const FAULT_COLOURS: Readonly<Record<FaultKind, string>> = {
  'paper-out': '#b91c1c',
  'paper-near-end': '#b45309',
  'cover-open': '#1d4ed8',
  'cutter-jam': '#7c3aed',
  overheated: '#c2410c',
  'recoverable-error': '#a16207',
  'unrecoverable-error': '#7f1d1d',
  offline: '#475569',
  'no-answer': '#0f766e',
  'not-found': '#4d7c0f',
  'access-denied': '#be185d',
  claimed: '#a21caf',
  disconnected: '#15803d',
  timeout: '#0369a1',
  stalled: '#4338ca',
  garbled: '#92400e',
  unsupported: '#374151',
};
