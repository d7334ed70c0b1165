/** The receipt fixtures the tests and benches use (`test/fixtures/receipts/<name>.json`). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Names of the receipt fixtures. */
export const RECEIPT_FIXTURES = [
  'cafe-en',
  'convenience-store-zh',
  'pharmacy-zh',
  'tea-restaurant-zh-hk',
] as const;
export type ReceiptFixture = (typeof RECEIPT_FIXTURES)[number];

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Path of a fixture file. */
export function fixturePath(name: ReceiptFixture): string {
  return join(root, 'test', 'fixtures', 'receipts', `${name}.json`);
}

/** Raw JSON text of a fixture. */
export function fixtureText(name: ReceiptFixture): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A fixture parsed (not validated): a fresh copy each call, safe to mutate in a test. */
export function fixtureJson(name: ReceiptFixture): Record<string, unknown> {
  return JSON.parse(fixtureText(name)) as Record<string, unknown>;
}
