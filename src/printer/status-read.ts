/** One status read: DLE EOT 1–4 asked together and folded into a fresh `PrinterStatus`. */
import { applyStatusEvent, realtimeStatus, type RealtimeStatusKind } from '../escpos/status';
import { HEALTHY_STATUS, type PrinterStatus } from '../escpos/status-model';
import type { StatusChannel } from './status-channel';

/** What one read found: a status, silence, or bytes that were no reply. */
export type StatusRead =
  | { kind: 'status'; status: PrinterStatus }
  | { kind: 'no-answer' }
  | { kind: 'garbled'; raw: readonly number[] };

const ALL_REALTIME: readonly RealtimeStatusKind[] = [1, 2, 3, 4];

/**
 * Asks every DLE EOT n in `kinds` (all four by default) and folds the answers over a healthy status, so a
 * fault that cleared disappears. A partial answer still counts: what did not answer stays "healthy".
 */
export async function readStatus(
  channel: StatusChannel,
  timeoutMs: number,
  kinds: readonly RealtimeStatusKind[] = ALL_REALTIME,
  now: () => number = Date.now,
): Promise<StatusRead> {
  const asked = now();
  const asking = kinds.length > 0 ? kinds : ALL_REALTIME;
  const events = await Promise.all(asking.map((n) => channel.ask(realtimeStatus(n), timeoutMs)));
  let status: PrinterStatus = { ...HEALTHY_STATUS, raw: [] };
  let answered = 0;
  for (const event of events) {
    if (!event) continue;
    answered++;
    status = applyStatusEvent(status, event);
  }
  if (answered > 0) return { kind: 'status', status };
  return channel.garbledSince(asked) ? { kind: 'garbled', raw: [] } : { kind: 'no-answer' };
}
