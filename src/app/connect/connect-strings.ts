/** Words of the Connect printer sheet: each way of connecting, when to choose it, and where it cannot work. */
import { defineStrings } from '../i18n';

/** The connect sheet's strings, zh and en. */
export const connectStrings = defineStrings({
  en: {
    title: 'How is the printer connected?',
    usb: 'USB cable',
    usbWhen: 'The printer’s cable goes into this tablet or computer.',
    serial: 'Serial (COM)',
    serialWhen: 'A serial port, or a USB-serial adapter that shows up as a COM port.',
    bluetooth: 'Bluetooth',
    bluetoothWhen:
      'A portable or wireless printer. Try Bluetooth (BLE) first; choose classic if the printer is paired in the system’s Bluetooth settings.',
    bluetoothLe: 'Bluetooth',
    bluetoothClassic: 'Bluetooth (classic, paired)',
    unavailable: 'Not available in this browser (no browser on an iPhone or iPad has it).',
    useEReceipt: 'Give e-receipts instead',
  },
  zh: {
    title: '打印机是怎么连接的？',
    usb: 'USB 数据线',
    usbWhen: '打印机的数据线插在这台平板或电脑上。',
    serial: '串口（COM）',
    serialWhen: '串口，或显示为 COM 口的 USB 转串口线。',
    bluetooth: '蓝牙',
    bluetoothWhen: '便携或无线打印机。先试“蓝牙”（BLE）；若打印机已在系统蓝牙设置里配对，选“经典蓝牙”。',
    bluetoothLe: '蓝牙',
    bluetoothClassic: '经典蓝牙（已配对）',
    unavailable: '此浏览器不支持（iPhone 和 iPad 上的浏览器都不支持）。',
    useEReceipt: '改开电子小票',
  },
});
