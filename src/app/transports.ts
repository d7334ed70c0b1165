/**
 * The browser transports, loaded when first needed: the first screen carries none of them, and a tablet
 * that remembers a USB printer loads only the USB one. Opening the Connect sheet warms them all, so the
 * chooser still opens within the tap's user activation.
 */
export const loadUsb = () => import('../transport/webusb').then((m) => m.WebUsbTransport);
export const loadSerial = () => import('../transport/webserial').then((m) => m.WebSerialTransport);
export const loadBluetooth = () => import('../transport/webbluetooth').then((m) => m.WebBluetoothTransport);

/** Starts loading every transport (e.g. as the merchant opens the Connect sheet). */
export function preloadTransports(): void {
  for (const load of [loadUsb, loadSerial, loadBluetooth])
    load().catch((error: unknown) => console.warn('transport not preloaded', error));
}
