/** Words about the app's own storage: space used, and the store's warnings (full, newer tab, blocked). */
import { defineStrings } from '../i18n';

/** Storage strings, zh and en. */
export const storageStrings = defineStrings({
  en: {
    spaceUsed: (used: string, quota: string) => `Space used: ${used} of ${quota} available to the app.`,
    spaceUnknown: 'This browser does not say how much space is left.',
    nearlyFull:
      'Storage is almost full. The app removes the oldest resolved faults first to make room; open faults and receipts are kept.',
    pruned: (count: number) => `Storage was full: ${count} old resolved faults were removed to make room.`,
    versionChanged: 'A newer version of the app is open in another tab. Reload this tab to keep saving.',
    blocked: 'An older version of the app is open in another tab. Close it so this one can update its data.',
    terminated: 'The browser closed the app’s storage. Reload the page.',
    reload: 'Reload',
  },
  zh: {
    spaceUsed: (used: string, quota: string) => `已用空间：${used}，本应用可用 ${quota}。`,
    spaceUnknown: '此浏览器不提供剩余空间信息。',
    nearlyFull: '存储空间快满了。应用会优先删除最早的已解决故障来腾出空间；未解决的故障和小票会保留。',
    pruned: (count: number) => `存储空间已满：已删除 ${count} 条旧的已解决故障以腾出空间。`,
    versionChanged: '另一个标签页打开了新版本的应用。请刷新此页面以继续保存。',
    blocked: '另一个标签页正运行旧版本的应用。请关闭它，以便此页面更新数据。',
    terminated: '浏览器关闭了应用的存储。请刷新页面。',
    reload: '刷新',
  },
});

/** Bytes as MB or GB with one decimal, e.g. "12.3 MB". */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${mb.toFixed(1)} MB`;
}
