/** Words of the storage-full notice (loaded with it, only once the disk is full), in Chinese and English. */
import { defineStrings } from '../i18n';

/** Storage-full strings, zh and en. */
export const storageFullStrings = defineStrings({
  en: {
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
  },
  zh: {
    full: '本机存储空间已满：最近的故障未能保存。',
    fullHeld: (count: number) =>
      `本机存储空间已满。小票照常打印（或显示二维码），但还有 ${count} 笔交易没有保存到本机。一有空间，应用会自动保存：在此之前请不要关闭应用。`,
    fullWhatToDo:
      '请这样做：先导出故障记录，再清除旧记录。如果还不够，请清理平板空间（照片、视频、下载的文件、不再使用的应用）。',
    exportLog: '导出故障记录',
    clearOld: '清除旧记录',
    cleared: (count: number) => `已删除 ${count} 条已解决的旧故障记录。`,
    savedAgain: '存储空间已恢复：所有交易都已保存到记录中。',
  },
});
