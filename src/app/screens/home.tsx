/** Home: the printer's status at a glance and the entry to every task. */
import { useStrings } from '../i18n';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import { StatusArea } from '../status-area';

export function HomeScreen() {
  const s = useStrings(shellStrings);
  return (
    <div class="home">
      <StatusArea />
      <nav class="actions" aria-label={s.actions}>
        <button type="button" class="action primary" disabled>
          {s.connectPrinter}
        </button>
        <a class="action" href={hrefFor('virtual')}>
          {s.tryVirtualPrinter}
        </a>
        <button type="button" class="action" disabled>
          {s.printTestPage}
        </button>
        <a class="action" href={hrefFor('ereceipt')}>
          {s.issueEReceipt}
        </a>
        <a class="action" href={hrefFor('faults')}>
          {s.faultLog}
        </a>
        <a class="action" href={hrefFor('wizard')}>
          {s.troubleshoot}
        </a>
      </nav>
    </div>
  );
}
