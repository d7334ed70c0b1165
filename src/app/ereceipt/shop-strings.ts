/** Strings of the settings screen's "Shop" section: the shop profile and the tablet's e-receipt key. */
import { defineStrings } from '../i18n';

export const shopStrings = defineStrings({
  en: {
    title: 'Shop',
    intro: 'Used on e-receipts issued by hand and printed on the test page.',
    name: 'Shop name',
    address: 'Address (optional)',
    phone: 'Phone (optional)',
    taxId: 'Tax ID (optional)',
    footer: 'Receipt footer (optional)',
    save: 'Save',
    saved: 'Saved.',
    nameRequired: 'Enter the shop name.',
    saveFailed: 'Could not be saved on this tablet.',
    keyTitle: 'E-receipt key',
    fingerprint: (fingerprint: string) =>
      `This tablet signs e-receipts as the device with fingerprint ${fingerprint}. A customer's phone shows the same fingerprint; compare it with the one printed in the shop.`,
    temporaryKey: (fingerprint: string) =>
      `This browser cannot keep a key: ${fingerprint} signs only during this visit, so it is never printed.`,
    keyOnTestPage: 'Print the fingerprint on the test page',
    keyOnReceipts: 'Print the fingerprint at the foot of receipts',
  },
  zh: {
    title: '店铺',
    intro: '用于手动开具的电子小票，并打印在测试页上。',
    name: '店名',
    address: '地址（可选）',
    phone: '电话（可选）',
    taxId: '税号（可选）',
    footer: '小票页脚（可选）',
    save: '保存',
    saved: '已保存。',
    nameRequired: '请填写店名。',
    saveFailed: '未能保存到本机。',
    keyTitle: '电子小票密钥',
    fingerprint: (fingerprint: string) =>
      `本机以指纹为 ${fingerprint} 的设备身份签署电子小票。顾客手机上显示同样的指纹，可与店内打印的指纹核对。`,
    temporaryKey: (fingerprint: string) =>
      `此浏览器无法保存密钥：${fingerprint} 仅在本次访问中签名，因此不会打印。`,
    keyOnTestPage: '在测试页上打印指纹',
    keyOnReceipts: '在小票末尾打印指纹',
  },
});
