/**
 * Card numbers: only the last four digits may exist past input. A longer digit string in `cardLast4`, or a
 * primary account number (PAN) inside a payment reference, is masked here before anything stores it.
 */

/** `cardLast4` keeps only its last four digits when a POS hands over more (spaces and dashes ignored). */
export function maskCardLast4(value: string): string | undefined {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^[0-9]{5,19}$/.test(digits)) return undefined;
  return digits.slice(-4);
}

// 13 or more digits, optionally grouped by single spaces or dashes (ISO/IEC 7812 card number lengths).
const PAN_CANDIDATE = /\d(?:[ -]?\d){12,}/g;

/**
 * Replaces each card number inside `text` by `****` + its last four digits. A run of digit groups may hold
 * more than the card number ("77 4111 1111 1111 1111"), so whole groups are tried, longest span first;
 * a group is never split, so one long ungrouped wallet reference is never mistaken for a card.
 */
export function maskPans(text: string): string {
  return text.replace(PAN_CANDIDATE, (run) => {
    const groups = run.split(/[ -]/);
    for (let span = groups.length; span > 0; span--) {
      for (let start = 0; start + span <= groups.length; start++) {
        const pan = groups.slice(start, start + span).join('');
        if (!looksLikePan(pan)) continue;
        return [...groups.slice(0, start), `****${pan.slice(-4)}`, ...groups.slice(start + span)].join(' ');
      }
    }
    return run;
  });
}

/**
 * A digit string is treated as a card number when it has a card length, starts with an issuer prefix of a
 * major scheme (ISO/IEC 7812 IIN ranges: Visa 4, Mastercard 51–55 and 2221–2720, Amex 34/37, UnionPay 62,
 * JCB 35, Discover 6011/65, Diners 30/36/38) and passes the Luhn check. Wallet and acquirer references,
 * which merchants need intact to match the bank bill, rarely meet all three.
 */
export function looksLikePan(digits: string): boolean {
  if (!/^[0-9]{13,19}$/.test(digits)) return false;
  if (!/^(4|5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720)|3[478]|35|62|6011|65|30|36|38)/.test(digits)) return false;
  return luhnValid(digits);
}

/** Luhn mod-10 check digit (ISO/IEC 7812-1 annex B). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
