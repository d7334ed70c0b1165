/** Words of the receipt journal on home and of the print hand-off screen, in Chinese and English. */
import { defineStrings } from '../i18n';
import type { JournalState } from '../../store/journal';

export const journalStrings = defineStrings<{
  unfinishedTitle: (count: number) => string;
  unfinishedHint: string;
  stateWord: (state: JournalState) => string;
  printAgain: string;
  issueEReceipt: string;
  hideEReceipt: string;
  autoReprint: string;
  reprinting: string;
  reprinted: string;
  reprintNotReady: (fault: string) => string;
  reprintFailed: (fault: string) => string;
  unconfirmed: string;
  total: (money: string) => string;
  showWaiting: string;
  hideWaiting: string;
  probablyPrinted: string;
  itPrinted: string;
}>({
  en: {
    unfinishedTitle: (count) =>
      count === 1 ? '1 receipt still needs paper' : `${count} receipts still need paper`,
    unfinishedHint:
      'These sales have no printed receipt yet. Print again, or give the customer an e-receipt.',
    stateWord: (state) =>
      ({
        pending: 'not printed yet',
        printing: 'was printing',
        sent: 'printing, waiting for the printer to confirm',
        unconfirmed: 'probably printed — look at the printer',
        printed: 'printed',
        failed: 'printing failed',
        'e-receipt-issued': 'e-receipt given, no paper yet',
        reprinted: 'printed again',
      })[state],
    printAgain: 'Print again',
    issueEReceipt: 'Issue e-receipt',
    hideEReceipt: 'Hide e-receipt',
    autoReprint: 'Print failed receipts again automatically when the printer is ready',
    reprinting: 'Printing…',
    reprinted: 'Printed.',
    reprintNotReady: (fault) => `The printer cannot print now: ${fault}.`,
    reprintFailed: (fault) => `Printing failed again: ${fault}.`,
    unconfirmed: 'Sent to the printer, but it cannot confirm. Please check the paper.',
    total: (money) => `Total ${money}`,
    showWaiting: 'Show the receipts',
    hideWaiting: 'Hide the list',
    probablyPrinted:
      'The whole receipt reached the printer before the app closed, so it has probably printed. Look at the printer: if it is there, tap It printed.',
    itPrinted: 'It printed',
  },
  zh: {
    unfinishedTitle: (count) => `${count} 张小票还没有打印出来`,
    unfinishedHint: '这些交易还没有纸质小票。可以重新打印，或给顾客开电子小票。',
    stateWord: (state) =>
      ({
        pending: '尚未打印',
        printing: '打印中断',
        sent: '正在打印，等待打印机确认',
        unconfirmed: '可能已打印——请看一下打印机',
        printed: '已打印',
        failed: '打印失败',
        'e-receipt-issued': '已开电子小票，未补打',
        reprinted: '已补打',
      })[state],
    printAgain: '重新打印',
    issueEReceipt: '开电子小票',
    hideEReceipt: '收起电子小票',
    autoReprint: '打印机恢复后自动补打失败的小票',
    reprinting: '正在打印…',
    reprinted: '已打印。',
    reprintNotReady: (fault) => `打印机现在无法打印：${fault}。`,
    reprintFailed: (fault) => `再次打印失败：${fault}。`,
    unconfirmed: '已发送到打印机，但无法确认是否打印。请检查出纸。',
    total: (money) => `合计 ${money}`,
    showWaiting: '查看这些小票',
    hideWaiting: '收起列表',
    probablyPrinted:
      '应用关闭前，整张小票已发送到打印机，所以很可能已经打印出来了。请看一下打印机：如果小票在那里，请点“已打印出来”。',
    itPrinted: '已打印出来',
  },
});

export const printStrings = defineStrings({
  en: {
    title: 'Print receipt',
    loading: 'Reading the receipt…',
    noReceipt: 'No receipt was handed over. Open this page with a receipt link.',
    unreadable: 'The receipt could not be read.',
    invalid: 'This receipt is not valid, so it was not printed:',
    print: 'Print',
    printHint: 'Check the receipt, then tap Print.',
    noPrinter: 'No printer is connected: tapping Print gives the customer an e-receipt instead.',
    connecting: 'Connecting to the printer…',
    printing: 'Printing…',
    printingElsewhere:
      'Another tab (or the automatic reprint) is printing this receipt, so it is not printed here too.',
    printed: 'Printed.',
    failed: (fault: string) => `The receipt could not be printed (${fault}). Let the customer scan this:`,
    issueEReceipt: 'Issue e-receipt',
    unconfirmed: 'Sent to the printer, but it cannot confirm it printed. Please check the paper.',
    alreadyPrinted: 'This receipt was printed already; it is not printed twice.',
    alreadyIssued: 'An e-receipt was already given for this receipt.',
    journalFailed: 'The receipt could not be saved on this tablet, so it was not printed.',
    linkFailed: 'The e-receipt could not be made on this tablet.',
    unprintable: (count: number, chars: string) =>
      `This printer’s font lacks ${count === 1 ? '1 character' : `${count} characters`} of this receipt (${chars}): they print as “?”. The e-receipt shows everything.`,
    unprintableSettings: 'Printer settings',
  },
  zh: {
    title: '打印小票',
    loading: '正在读取小票…',
    noReceipt: '没有收到小票。请用小票链接打开此页。',
    unreadable: '无法读取这张小票。',
    invalid: '这张小票有误，没有打印：',
    print: '打印',
    printHint: '请核对小票，然后点“打印”。',
    noPrinter: '没有连接打印机：点“打印”将改为给顾客开电子小票。',
    connecting: '正在连接打印机…',
    printing: '正在打印…',
    printingElsewhere: '另一个标签页（或自动补打）正在打印这张小票，这里不会重复打印。',
    printed: '已打印。',
    failed: (fault: string) => `小票没能打印出来（${fault}）。请让顾客扫描：`,
    issueEReceipt: '开电子小票',
    unconfirmed: '已发送到打印机，但无法确认是否打印。请检查出纸。',
    alreadyPrinted: '这张小票已经打印过，不会重复打印。',
    alreadyIssued: '这张小票已经开过电子小票。',
    journalFailed: '小票无法保存在本机，因此没有打印。',
    linkFailed: '本机无法生成电子小票。',
    unprintable: (count: number, chars: string) =>
      `这台打印机的字库里没有本小票中的 ${count} 个字（${chars}），纸上会印成“?”。电子小票里完整显示。`,
    unprintableSettings: '打印机设置',
  },
});
