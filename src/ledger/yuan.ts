/** Amounts as bills print them (`12.30`, `-10.00`, `0.01000`, `¥1,234.50`) → integer minor units, exactly. */

/**
 * Minor units of a decimal amount with `digits` minor digits, rounding half away from zero beyond them
 * (WeChat prints fees to 5 places, "rounded to 2, padded with 3 zeros"). Undefined when it is not an amount.
 */
export function parseAmount(text: string, digits = 2): number | undefined {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '');
  const m = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const whole = Number(m[2]);
  const fraction = (m[3] ?? '').padEnd(digits + 1, '0');
  const kept = Number(fraction.slice(0, digits) || '0');
  const roundUp = Number(fraction[digits]) >= 5 ? 1 : 0;
  const value = whole * 10 ** digits + kept + roundUp;
  if (!Number.isSafeInteger(value)) return undefined;
  return sign * value || 0;
}
