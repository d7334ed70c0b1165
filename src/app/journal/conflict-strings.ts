/** Words of the print screen when a receipt number is already taken by another receipt, in Chinese and English. */
import { defineStrings } from '../i18n';

export const conflictStrings = defineStrings({
  en: {
    taken: (id: string) =>
      `Receipt number ${id} is already used by another receipt saved on this tablet. Nothing was printed.`,
    compare: 'Compare the two. The saved receipt stays as it is; the new one is not saved under this number.',
    saved: 'Saved on this tablet',
    offered: 'Just handed over',
    printSaved: 'Print the saved receipt',
    keepSaved: 'Keep the saved one, discard this',
    savedHasPaper: 'The saved receipt needs no paper: it was printed already, or given as an e-receipt.',
    discarded:
      'The new receipt was not saved and not printed. To print it, give it a new receipt number at the till and send it again.',
  },
  zh: {
    taken: (id: string) => `小票号 ${id} 已被本机保存的另一张小票使用。没有打印任何内容。`,
    compare: '请对比这两张小票。已保存的小票保持不变；新小票不会以这个号码保存。',
    saved: '本机已保存',
    offered: '刚收到的',
    printSaved: '打印已保存的小票',
    keepSaved: '保留已保存的，放弃这张',
    savedHasPaper: '已保存的小票不需要再打印：它已经打印过，或已开过电子小票。',
    discarded: '新小票没有保存，也没有打印。如需打印，请在收银系统中给它换一个新的小票号，再重新发送。',
  },
});
