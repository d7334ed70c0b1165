/**
 * What the merchant reads when a Bluetooth printer cannot be reached, in Chinese and English: one headline
 * and one "what to do" per `BluetoothTrouble` (a closed chooser is not shown: the merchant chose that).
 */
import type { BluetoothTrouble } from '../transport/ble-trouble';
import { defineStrings } from './i18n';

/** Troubles the merchant is told about. */
export type ShownTrouble = Exclude<BluetoothTrouble, 'cancelled'>;

export const bluetoothStrings = defineStrings({
  en: {
    offTitle: 'Bluetooth is off on this tablet',
    offAdvice:
      'Turn Bluetooth on in the tablet’s settings, then tap "Connect printer" and "Bluetooth" again.',
    outOfRangeTitle: 'The Bluetooth printer cannot be reached',
    outOfRangeAdvice:
      'Switch the printer on and bring it within a few metres of the tablet, then tap "Reconnect".',
    refusedTitle: 'The printer refused the connection',
    refusedAdvice:
      'It is probably connected to another phone or tablet. Turn Bluetooth off on that device, then tap "Reconnect".',
    droppedTitle: 'The Bluetooth connection dropped',
    droppedAdvice: 'Keep the printer switched on and close to the tablet, then tap "Reconnect".',
  },
  zh: {
    offTitle: '平板的蓝牙已关闭',
    offAdvice: '请在平板的设置中打开蓝牙，再点“连接打印机”和“蓝牙”。',
    outOfRangeTitle: '连不上蓝牙打印机',
    outOfRangeAdvice: '请打开打印机电源，放到平板几米之内，再点“重新连接”。',
    refusedTitle: '打印机拒绝了连接',
    refusedAdvice: '它可能正连着别的手机或平板。请先关闭那台设备的蓝牙，再点“重新连接”。',
    droppedTitle: '蓝牙连接断开了',
    droppedAdvice: '请让打印机保持开机并靠近平板，再点“重新连接”。',
  },
});

type Words = (typeof bluetoothStrings)['en'];

const KEYS: Record<ShownTrouble, readonly [keyof Words, keyof Words]> = {
  off: ['offTitle', 'offAdvice'],
  'out-of-range': ['outOfRangeTitle', 'outOfRangeAdvice'],
  refused: ['refusedTitle', 'refusedAdvice'],
  dropped: ['droppedTitle', 'droppedAdvice'],
};

/** The headline and advice for `trouble` in the table `words` (one language of `bluetoothStrings`). */
export function troubleText(words: Words, trouble: ShownTrouble): { title: string; advice: string } {
  const [title, advice] = KEYS[trouble];
  return { title: words[title], advice: words[advice] };
}
