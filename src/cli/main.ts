/** `receipt-rescue` command line: the table of sub-commands. Adding a command is one line here. */
import { daySummaryCommand, DAY_SUMMARY_USAGE } from './day-summary';
import { escposCommand, ESCPOS_USAGE } from './escpos';
import { keygenCommand, KEYGEN_USAGE } from './keygen';
import { linkCommand, LINK_USAGE } from './link';
import { tolerateClosedStdout } from './output';
import { qrCommand, QR_USAGE } from './qr';
import { reconcileCommand, RECONCILE_USAGE } from './reconcile';
import { renderCommand, RENDER_USAGE } from './render';
import { runCli, type CliCommand } from './run';
import { statusCommand, STATUS_USAGE } from './status';
import { verifyCommand, VERIFY_USAGE } from './verify';

const COMMANDS: Record<string, CliCommand> = {
  render: {
    usage: RENDER_USAGE,
    summary: 'Show what an ESC/POS job prints (text, HTML or SVG).',
    run: renderCommand,
  },
  status: { usage: STATUS_USAGE, summary: 'Explain status bytes a printer sent.', run: statusCommand },
  escpos: { usage: ESCPOS_USAGE, summary: 'Turn a receipt JSON into ESC/POS bytes.', run: escposCommand },
  link: { usage: LINK_USAGE, summary: 'Print the e-receipt link of a receipt.', run: linkCommand },
  qr: { usage: QR_USAGE, summary: 'Write the e-receipt QR code as SVG or PNG.', run: qrCommand },
  verify: { usage: VERIFY_USAGE, summary: 'Decode and verify an e-receipt link.', run: verifyCommand },
  keygen: {
    usage: KEYGEN_USAGE,
    summary: 'Make a private signing key (JWK) for link and qr --key.',
    run: keygenCommand,
  },
  reconcile: {
    usage: RECONCILE_USAGE,
    summary: 'Check receipts against WeChat Pay, Alipay or bank bills (JSON report).',
    run: reconcileCommand,
  },
  'day-summary': {
    usage: DAY_SUMMARY_USAGE,
    summary: "One business day's totals as JSON, and its settlement slip as ESC/POS.",
    run: daySummaryCommand,
  },
};

tolerateClosedStdout();
process.exitCode = await runCli(COMMANDS, process.argv.slice(2));
