/** The viewer's own strings, in Chinese and English (no app code: the viewer stays tiny). */

/** Languages of the viewer. */
export type ViewerLang = 'zh' | 'en';

/** Every text the customer can see around the receipt. */
export interface ViewerStrings {
  title: string;
  switchTo: string;
  verified: (shop: string, fingerprint: string) => string;
  unchecked: string;
  unsigned: string;
  altered: string;
  damaged: string;
  unsupported: string;
  saveImage: string;
  print: string;
}

/** Both languages; the type makes a missing entry a compile error. */
export const VIEWER_STRINGS: Record<ViewerLang, ViewerStrings> = {
  zh: {
    title: '电子小票',
    switchTo: 'English',
    verified: (shop, fp) => `✔ 已验证：由「${shop}」开具，密钥 ${fp}`,
    unchecked: '此小票带有签名，但本页面无法验证：请通过 HTTPS 打开。',
    unsigned: '此小票没有签名：无法确认开具人。',
    altered: '✖ 此小票开具后被改动过，内容不可信。请向商家索取新的小票。',
    damaged: '✖ 链接已损坏，无法读取小票。请重新扫描二维码。',
    unsupported: '此小票的格式较新，本页面无法显示。请更新或向商家索取新链接。',
    saveImage: '保存为图片',
    print: '打印',
  },
  en: {
    title: 'E-receipt',
    switchTo: '中文',
    verified: (shop, fp) => `✔ Verified: issued by “${shop}”, key ${fp}`,
    unchecked: 'This receipt is signed, but this page cannot check the signature: open it over HTTPS.',
    unsigned: 'This receipt is not signed: who issued it cannot be confirmed.',
    altered: '✖ This receipt was altered after it was issued. Do not trust it; ask the shop for a new one.',
    damaged: '✖ This link is damaged and the receipt cannot be read. Please scan the QR code again.',
    unsupported: 'This receipt uses a newer format than this page can show. Ask the shop for a new link.',
    saveImage: 'Save as image',
    print: 'Print',
  },
};

/** The browser's preferred viewer language. */
export function preferredLang(languages: readonly string[]): ViewerLang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh' || primary === 'en') return primary;
  }
  return 'en';
}
