/** Placeholder until this screen's feature lands. */
import { useStrings } from '../i18n';
import { shellStrings } from '../strings';
import { PlaceholderScreen } from './placeholder';

export default function TroubleshootScreen() {
  const s = useStrings(shellStrings);
  return <PlaceholderScreen title={s.troubleshoot} />;
}
