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
    full: 'This tablet’s storage is full: the last fault could not be saved.',
    fullHeld: (count: number) =>
      `This tablet’s storage is full. Receipts still print (or show their QR), but ${count === 1 ? '1 sale is' : `${count} sales are`} not saved on this tablet yet. The app saves ${count === 1 ? 'it' : 'them'} by itself as soon as there is room: keep the app open until then.`,
    fullWhatToDo:
      'What to do: export the fault log, then clear old entries. If that is not enough, free space on the tablet (photos, videos, downloads, apps you no longer use).',
    exportLog: 'Export the fault log',
    clearOld: 'Clear old entries',
    cleared: (count: number) =>
      count === 1 ? '1 old resolved fault removed.' : `${count} old resolved faults removed.`,
    savedAgain: 'There is room again: every sale is saved in the journal.',
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
    full: '本机存储空间已满：最近的故障未能保存。',
    fullHeld: (count: number) =>
      `本机存储空间已满。小票照常打印（或显示二维码），但还有 ${count} 笔交易没有保存到本机。一有空间，应用会自动保存：在此之前请不要关闭应用。`,
    fullWhatToDo:
      '请这样做：先导出故障记录，再清除旧记录。如果还不够，请清理平板空间（照片、视频、下载的文件、不再使用的应用）。',
    exportLog: '导出故障记录',
    clearOld: '清除旧记录',
    cleared: (count: number) => `已删除 ${count} 条已解决的旧故障记录。`,
    savedAgain: '存储空间已恢复：所有交易都已保存到记录中。',
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
