/** `receipt-rescue verify <url>`: decodes a link, prints the receipt and its verification as JSON. */
import { decodeReceiptLink } from '../receipt/link/decode';
import { EXIT, UsageError } from './receipt-input';

/** Usage line of the command. */
export const VERIFY_USAGE =
  'receipt-rescue verify <url>   (exit 1 when the link is altered, damaged or unsupported)';

/** Prints `{ ok, verified | reason, receipt }`; exits 1 unless the receipt could be read and was not altered. */
export async function verifyCommand(args: readonly string[]): Promise<number> {
  const [url, extra] = args;
  if (url === undefined || extra !== undefined) throw new UsageError('verify takes exactly one <url>');
  const result = await decodeReceiptLink(url);
  if (!result.ok) {
    console.log(JSON.stringify({ ok: false, reason: result.reason, detail: result.detail }, null, 2));
    return EXIT.rejected;
  }
  const { verified } = result;
  const verification =
    verified.state === 'verified'
      ? { ...verified, publicKey: Buffer.from(verified.publicKey).toString('hex') }
      : verified.state === 'unchecked'
        ? { state: verified.state, publicKey: Buffer.from(verified.publicKey).toString('hex') }
        : verified;
  console.log(JSON.stringify({ ok: true, verified: verification, receipt: result.receipt }, null, 2));
  return EXIT.ok;
}
