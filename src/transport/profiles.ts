/**
 * Receipt printers we know how to reach, as data: USB vendor IDs for the browser's chooser and per-device
 * quirks (how large a transfer the device takes). Quirks live here, never in `if` chains in the transports.
 */

/** How to talk to one family of USB printers. */
export interface UsbProfile {
  /** Brand or chip family, shown nowhere but support reports. */
  name: string;
  vendorId: number;
  /** Absent: every product of the vendor. */
  productId?: number;
  /** Largest single bulk OUT transfer, in bytes. */
  chunkSize: number;
}

/** A size most printers accept in one transfer; large single transfers fail on some OS/printer pairs. */
export const DEFAULT_USB_CHUNK = 1024;

/** USB class code of printers (USB-IF "Printer" class 0x07; not on WebUSB's protected-class list). */
export const USB_PRINTER_CLASS = 0x07;

// Vendor IDs from the USB-IF vendor list as reported by `lsusb` (usb.ids) and public printer descriptor
// collections; the chips (Winbond, STMicro, NXP, GigaDevice) are what many Chinese brands are built on.
/** Known USB receipt printer families: vendor IDs for the chooser and the transfer size each takes. */
export const USB_PROFILES: readonly UsbProfile[] = [
  { name: 'Epson', vendorId: 0x04b8, chunkSize: 4096 },
  { name: 'Star Micronics', vendorId: 0x0519, chunkSize: 4096 },
  { name: 'Citizen', vendorId: 0x1d90, chunkSize: 2048 },
  { name: 'Citizen (older models)', vendorId: 0x2730, chunkSize: 2048 },
  { name: 'Bixolon', vendorId: 0x1504, chunkSize: 2048 },
  { name: 'Bixolon (Samsung SRP)', vendorId: 0x0419, chunkSize: 2048 },
  { name: 'HPRT', vendorId: 0x20d1, chunkSize: 1024 },
  { name: 'SNBC', vendorId: 0x154f, chunkSize: 1024 },
  { name: 'GPrinter (Gainscha)', vendorId: 0x6868, chunkSize: 512 },
  { name: 'Rongta and generic POS (ICS chip)', vendorId: 0x0fe6, chunkSize: 512 },
  { name: 'Zjiang, generic POS-58 (Winbond chip)', vendorId: 0x0416, chunkSize: 512 },
  { name: 'Xprinter and generic POS-80 (STMicro chip)', vendorId: 0x0483, chunkSize: 512 },
  { name: 'Xprinter and generic (NXP chip)', vendorId: 0x1fc9, chunkSize: 512 },
  { name: 'Xprinter and generic (GigaDevice chip)', vendorId: 0x28e9, chunkSize: 512 },
  { name: 'Zonerich (Netchip)', vendorId: 0x0525, chunkSize: 512 },
];

/** Filters for `navigator.usb.requestDevice` (and `navigator.serial.requestPort`'s USB vendor filter). */
export function usbFilters(): USBDeviceFilter[] {
  const vendors = [...new Set(USB_PROFILES.map((profile) => profile.vendorId))];
  return [{ classCode: USB_PRINTER_CLASS }, ...vendors.map((vendorId) => ({ vendorId }))];
}

/** The most specific profile for a device: exact product first, then vendor, else a generic default. */
export function profileFor(vendorId: number, productId: number): UsbProfile {
  return (
    USB_PROFILES.find((p) => p.vendorId === vendorId && p.productId === productId) ??
    USB_PROFILES.find((p) => p.vendorId === vendorId && p.productId === undefined) ?? {
      name: 'Generic USB printer',
      vendorId,
      productId,
      chunkSize: DEFAULT_USB_CHUNK,
    }
  );
}
