/** `receipt-rescue link <receipt.json> [--base URL] [--key <jwk file>]`: prints the e-receipt link. */
import { readFileSync } from 'node:fs';
import { encodeReceiptLink } from '../receipt/link/encode';
import { signerFromJwk, type ReceiptSigner } from '../receipt/sign';
import { EXIT, parseArgs, readReceipt, UsageError, viewerBase } from './receipt-input';

/** Usage line of the command. */
export const LINK_USAGE =
  'receipt-rescue link <receipt.json> [--base URL] [--key private-key.jwk]   (unsigned without --key)';

/** A signer from a private JWK file, or undefined without a path. */
export async function signerFromFile(path: string | undefined): Promise<ReceiptSigner | undefined> {
  if (path === undefined) return undefined;
  let jwk: JsonWebKey;
  try {
    jwk = JSON.parse(readFileSync(path, 'utf8')) as JsonWebKey;
  } catch (error) {
    throw new UsageError(`--key ${path}: not a JSON Web Key file (${(error as Error).message})`);
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) {
    throw new UsageError(`--key ${path}: needs a private EC P-256 JWK (kty EC, crv P-256, with d)`);
  }
  try {
    return await signerFromJwk(jwk);
  } catch (error) {
    // WebCrypto's DataError: the fields are there but are not a P-256 key (bad base64url, wrong lengths).
    if (error instanceof Error && error.name === 'DataError') {
      throw new UsageError(`--key ${path}: not a usable P-256 private key (${error.message})`);
    }
    throw error;
  }
}

/** Prints the link; returns the exit code. */
export async function linkCommand(args: readonly string[]): Promise<number> {
  const { positional, options } = parseArgs(args, ['base', 'key']);
  const base = viewerBase(options);
  const signer = await signerFromFile(options.get('key'));
  const receipt = readReceipt(positional[0], 'link');
  if (!receipt) return EXIT.invalid;
  console.log(await encodeReceiptLink(base, receipt, { signer }));
  return EXIT.ok;
}
