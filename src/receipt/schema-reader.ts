/** Field readers for the hand-written receipt validator: JSON Schema's type, length and range rules. */
import { ReceiptError } from './errors';

/** A JSON object being read. */
export type Obj = Record<string, unknown>;

/** Reads typed, length-checked fields of parsed JSON, naming the field in every error; notes masked fields. */
export class Reader {
  readonly masked: string[] = [];

  object(value: unknown, path: string, allowed: readonly string[]): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ReceiptError('wrong-type', path, 'must be an object');
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        throw new ReceiptError('unknown-field', join(path, key), 'is not a receipt field');
    }
    return value as Obj;
  }

  string(o: Obj, key: string, path: string, max: number, min = 0): string | undefined {
    const value = o[key];
    const at = join(path, key);
    if (value === undefined) {
      if (min > 0) throw new ReceiptError('missing', at, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') throw new ReceiptError('wrong-type', at, 'must be text');
    // JSON Schema lengths count code points, not UTF-16 units.
    const length = [...value].length;
    if (length < min) throw new ReceiptError('too-short', at, `must have at least ${min} character(s)`);
    if (length > max) throw new ReceiptError('too-long', at, `must have at most ${max} characters`);
    return value;
  }

  required(o: Obj, key: string, path: string, max: number): string {
    return this.string(o, key, path, max, 1) as string;
  }

  integer(o: Obj, key: string, path: string, min?: number): number | undefined {
    const value = this.number(o, key, path);
    if (value === undefined) return undefined;
    const at = join(path, key);
    if (!Number.isInteger(value))
      throw new ReceiptError('not-integer', at, 'must be a whole number of minor units');
    // Beyond 2^53 − 1 not every whole number has a double, so sums would silently round.
    if (!Number.isSafeInteger(value)) {
      const limit = `${value < 0 ? '-' : ''}${Number.MAX_SAFE_INTEGER}`;
      const printed = BigInt(value).toString();
      throw new ReceiptError(
        'out-of-range',
        at,
        `${printed} is ${value < 0 ? 'less' : 'more'} than ${limit} (Number.MAX_SAFE_INTEGER), past which amounts do not add up exactly`,
      );
    }
    if (min !== undefined && value < min)
      throw new ReceiptError('out-of-range', at, `must be at least ${min}`);
    return value;
  }

  number(o: Obj, key: string, path: string): number | undefined {
    const value = o[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ReceiptError('wrong-type', join(path, key), 'must be a number');
    }
    return value;
  }

  array(o: Obj, key: string, min: number, max: number): unknown[] | undefined {
    const value = o[key];
    if (value === undefined) {
      if (min > 0) throw new ReceiptError('missing', key, 'is required');
      return undefined;
    }
    if (!Array.isArray(value)) throw new ReceiptError('wrong-type', key, 'must be a list');
    if (value.length < min) throw new ReceiptError('too-few', key, `must have at least ${min} entr(ies)`);
    if (value.length > max) throw new ReceiptError('too-many', key, `must have at most ${max} entries`);
    return value;
  }
}

/** `path.key`, or `key` at the top. */
export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The value, or a `missing` error naming `at`. */
export function need<T>(value: T | undefined, at: string): T {
  if (value === undefined) throw new ReceiptError('missing', at, 'is required');
  return value;
}

/** RFC 3339 `date-time` checking lives in its own module; re-exported for the validator. */
export { isRfc3339 } from './rfc3339';
