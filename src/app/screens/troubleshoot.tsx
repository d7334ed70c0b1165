/** Route `wizard`: troubleshooting that starts from the printer's live state (`?menu=1` starts at the symptom list). */
import type { ScreenProps } from '../app';
import { usePrinter } from '../printer-context';
import { VirtualSwitches } from '../wizard/virtual-switches';
import { WizardScreen } from '../wizard/wizard-screen';

export default function TroubleshootScreen({ route }: ScreenProps) {
  const { view, actions, controller } = usePrinter();
  const virtual = controller.virtual;
  const onVirtual = view.state !== 'not-connected' && view.identity?.transport === 'virtual';
  return (
    <WizardScreen view={view} actions={actions} menu={route.params.get('menu') === '1'}>
      {onVirtual && virtual && (
        <VirtualSwitches
          printer={virtual.printer}
          transport={virtual.transport}
          onPlugIn={() => void actions.connectVirtual()}
        />
      )}
    </WizardScreen>
  );
}
