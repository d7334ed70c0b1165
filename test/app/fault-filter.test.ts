import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filterOf, NO_FILTER } from '../../src/app/fault-log/filters';
import { dayBound, localStamp } from '../../src/app/fault-log/time';

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = zone;
});

describe('fault log filters', () => {
  test('nothing picked is no filter at all', () => {
    expect(filterOf(NO_FILTER)).toEqual({});
  });

  test('a date range covers whole local days, both ends included', () => {
    expect(
      filterOf({ printerKey: 'usb:0416:5011:A1', kind: 'paper-out', from: '2026-11-20', to: '2026-11-22' }),
    ).toEqual({
      printerKey: 'usb:0416:5011:A1',
      kind: 'paper-out',
      from: Date.parse('2026-11-20T00:00:00+08:00'),
      to: Date.parse('2026-11-23T00:00:00+08:00') - 1,
    });
  });

  test('a half-typed date is ignored rather than guessed', () => {
    expect(dayBound('2026-11')).toBeUndefined();
    expect(filterOf({ ...NO_FILTER, from: '2026-1-2' })).toEqual({});
  });

  test('local stamps carry the zone offset', () => {
    expect(localStamp(Date.parse('2026-11-23T10:05:09Z'))).toBe('2026-11-23 18:05:09 +08:00');
  });
});
