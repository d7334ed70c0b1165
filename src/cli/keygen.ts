/**
 * `receipt-rescue keygen -o key.jwk [--force]`: a new private ECDSA P-256 signing key as a JWK file that only
 * its owner may read (mode 0600), for `link --key` and `qr --key`; prints the key's fingerprint, the one the
 * viewer shows under a verified receipt.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { generateSigningKeyPair, keyFingerprint, signerFromKeyPair } from '../receipt/sign';
import { EXIT, parseArgs, UsageError } from './receipt-input';

/** Usage line of the command. */
export const KEYGEN_USAGE =
  'receipt-rescue keygen -o private-key.jwk [--force]   (--force replaces an existing file)';

const OWNER_ONLY = 0o600;

const WRITE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'no such directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
};

/** Writes the key file; returns the exit code. */
export async function keygenCommand(args: readonly string[]): Promise<number> {
  const { positional, options, flags } = parseArgs(args, ['out'], ['force']);
  const out = options.get('out');
  if (out === undefined) throw new UsageError('-o must name the key file to write');
  if (positional.length > 0) throw new UsageError(`unexpected ${positional[0]}`);
  const pair = await generateSigningKeyPair(true);
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const text = `${JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d })}\n`;
  const force = flags.has('force');
  try {
    // 'wx' fails on an existing file, so a key is never lost by accident; the mode applies to a new file only.
    writeFileSync(out, text, { mode: OWNER_ONLY, flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EEXIST') {
      console.error(`receipt-rescue keygen: ${out} exists; add --force to replace it`);
      return EXIT.rejected;
    }
    const problem = typeof code === 'string' ? WRITE_PROBLEMS[code] : undefined;
    if (!problem) throw error;
    console.error(`receipt-rescue keygen: cannot write ${out}: ${problem}`);
    return EXIT.rejected;
  }
  // A replaced file keeps its old mode through writeFileSync: narrow it as well.
  if (force) chmodSync(out, OWNER_ONLY);
  const fingerprint = await keyFingerprint((await signerFromKeyPair(pair)).publicKey);
  console.log(`Wrote ${out} (keep it private). Key fingerprint: ${fingerprint}`);
  return EXIT.ok;
}
