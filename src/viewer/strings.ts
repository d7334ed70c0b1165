/** The viewer's own strings, in Chinese and English (no app code: the viewer stays tiny). */

/** Languages of the viewer. */
export type ViewerLang = 'zh' | 'en';

/** Every text the customer can see around the receipt. */
export interface ViewerStrings {
  title: string;
  switchTo: string;
  /** What a valid signature proves, and no more: the link carries the key that made it. */
  verified: (fingerprint: string) => string;
  /** How the key compares with the first one this phone saw for the shop name (`key-memory.ts`). */
  first: (shop: string) => string;
  same: (shop: string) => string;
  changed: (shop: string, firstSeen: string) => string;
  /** Unsigned, or signed but this page cannot check it (no WebCrypto outside HTTPS). */
  unverified: string;
  altered: string;
  /** A damaged link, or one in a newer format than this page reads: either way, scan again or ask anew. */
  unreadable: string;
  saveImage: string;
  print: string;
}

/** Both languages; the type makes a missing entry a compile error. */
export const VIEWER_STRINGS: Record<ViewerLang, ViewerStrings> = {
  zh: {
    title: '电子小票',
    switchTo: 'English',
    verified: (fp) => `✔ 设备 ${fp} 签名后未经改动。`,
    first: (shop) => `本机首次收到「${shop}」的小票。`,
    same: (shop) => `与之前「${shop}」的小票同一设备。`,
    changed: (shop, fp) => `⚠ 之前「${shop}」的小票来自设备 ${fp}：此票可能并非该店开具！`,
    unverified: '无可验证的签名：无法确认开具人。',
    altered: '✖ 小票签名后被改动，不可信！请向商家索取新小票。',
    unreadable: '✖ 链接无法读取：请重新扫码或向商家索取新链接。',
    saveImage: '保存为图片',
    print: '打印',
  },
  en: {
    title: 'E-receipt',
    switchTo: '中文',
    verified: (fp) => `✔ Unaltered since signed by the device with fingerprint ${fp}.`,
    first: (shop) => `First receipt from “${shop}” on this phone.`,
    same: (shop) => `Same device as before for “${shop}”.`,
    changed: (shop, fp) =>
      `⚠ Earlier receipts from “${shop}” came from device ${fp}: this one may not be from that shop!`,
    unverified: 'No signature this page can check: the issuer cannot be confirmed.',
    altered: '✖ Altered after signing: do not trust it. Ask the shop for a new one.',
    unreadable: '✖ This link cannot be read: scan again or ask the shop for a new link.',
    saveImage: 'Save as image',
    print: 'Print',
  },
};

/** The browser's preferred viewer language: the first of its languages that is Chinese or English. */
export function preferredLang(languages: readonly string[]): ViewerLang {
  return /^zh/i.test(languages.find((tag) => /^(zh|en)\b/i.test(tag)) ?? '') ? 'zh' : 'en';
}
