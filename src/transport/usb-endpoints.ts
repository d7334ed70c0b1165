/**
 * Finding where to send bytes on a USB printer from its descriptors, without assuming configuration 1 or
 * interface 0 (many clones put the printer interface elsewhere or beside a vendor-specific one).
 */
import { USB_PRINTER_CLASS } from './profiles';

/** Where a printer's bulk pipes are. */
export interface UsbRoute {
  configurationValue: number;
  interfaceNumber: number;
  alternateSetting: number;
  outEndpoint: number;
  outPacketSize: number;
  /** Absent when the printer cannot talk back (no bulk IN endpoint). */
  inEndpoint?: number;
  inPacketSize: number;
}

/** The descriptor fields we read; a structural slice of `USBDevice`, so tests can pass plain objects. */
export interface UsbDescriptors {
  configuration?: Pick<USBConfiguration, 'configurationValue'> | null;
  configurations: readonly {
    configurationValue: number;
    interfaces: readonly {
      interfaceNumber: number;
      alternates: readonly {
        alternateSetting: number;
        interfaceClass: number;
        endpoints: readonly Pick<USBEndpoint, 'endpointNumber' | 'direction' | 'type' | 'packetSize'>[];
      }[];
    }[];
  }[];
}

/**
 * The best bulk OUT (+ IN) route: printer-class interfaces first, then any interface with a bulk OUT
 * endpoint; the active configuration before others. Null when the device has no bulk OUT endpoint at all.
 */
export function findPrinterRoute(device: UsbDescriptors): UsbRoute | null {
  const active = device.configuration?.configurationValue;
  const candidates: { route: UsbRoute; score: number }[] = [];
  for (const config of device.configurations) {
    for (const iface of config.interfaces) {
      for (const alt of iface.alternates) {
        const out = alt.endpoints.find((e) => e.type === 'bulk' && e.direction === 'out');
        if (!out) continue;
        const inbound = alt.endpoints.find((e) => e.type === 'bulk' && e.direction === 'in');
        const score =
          (alt.interfaceClass === USB_PRINTER_CLASS ? 4 : 0) +
          (config.configurationValue === active ? 2 : 0) +
          (inbound ? 1 : 0);
        candidates.push({
          score,
          route: {
            configurationValue: config.configurationValue,
            interfaceNumber: iface.interfaceNumber,
            alternateSetting: alt.alternateSetting,
            outEndpoint: out.endpointNumber,
            outPacketSize: out.packetSize,
            inEndpoint: inbound?.endpointNumber,
            inPacketSize: inbound?.packetSize ?? 64,
          },
        });
      }
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  return candidates[0]?.route ?? null;
}
