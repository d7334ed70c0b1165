/** Every outcome of every check, as runtime lists (the records make a missing outcome a compile error). */
import type { CheckKind, CheckOutcome } from './types';

type Every<C extends CheckKind> = Record<CheckOutcome<C>, true>;

const STATUS: Every<'status'> = {
  ready: true,
  'paper-out': true,
  'paper-near-end': true,
  'cover-open': true,
  'cutter-jam': true,
  overheated: true,
  'recoverable-error': true,
  'unrecoverable-error': true,
  offline: true,
  'no-answer': true,
  'not-connected': true,
};

const OUTCOMES: { [C in CheckKind]: Every<C> } = {
  status: STATUS,
  'test-print': {
    printed: true,
    unconfirmed: true,
    'connection-failed': true,
    'paper-out': true,
    'paper-near-end': true,
    'cover-open': true,
    'cutter-jam': true,
    overheated: true,
    'recoverable-error': true,
    'unrecoverable-error': true,
    offline: true,
    'no-answer': true,
    'not-connected': true,
  },
  connection: { usb: true, serial: true, bluetooth: true, virtual: true, 'not-connected': true, lost: true },
  browser: { supported: true, insecure: true, unsupported: true },
  platform: { windows: true, linux: true, android: true, mac: true, other: true },
  network: { online: true, offline: true },
  'serial-baud': { found: true, silent: true, unavailable: true },
  'fault-history': { recurring: true, rare: true },
};

/** All outcomes a check can report. */
export function outcomesOf<C extends CheckKind>(check: C): CheckOutcome<C>[] {
  return Object.keys(OUTCOMES[check]) as CheckOutcome<C>[];
}
