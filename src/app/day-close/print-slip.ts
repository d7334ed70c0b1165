/** Prints the settlement slip on the connected printer, laid out for its paper. */
import { settlementSlipEscPos } from '../../ledger/settlement-slip';
import type { DaySummary } from '../../ledger/day-summary';
import type { JobOutcome } from '../../printer/job-outcome';
import { loadShopProfile } from '../../store/shop-profile';
import { localStamp } from '../fault-log/time';
import type { Lang } from '../i18n';
import type { PrinterController } from '../printer-controller';

export async function printDaySlip(
  controller: PrinterController,
  summary: DaySummary,
  lang: Lang,
): Promise<JobOutcome> {
  const active = controller.active;
  if (!active) return { kind: 'failed', cause: 'not-found', detail: 'No printer is connected.' };
  const shop = await loadShopProfile().catch((error: unknown) => {
    // The slip is still worth printing without the shop's name.
    console.warn('shop profile not read', error);
    return undefined;
  });
  const slip = settlementSlipEscPos(summary, active.profile, {
    language: lang,
    printedAt: localStamp(Date.now()),
    ...(shop?.name ? { shopName: shop.name } : {}),
  });
  // A fault while printing it is logged as happening during the day summary, not while the printer was idle.
  return controller.print(slip.bytes, { kind: 'day-summary' });
}
