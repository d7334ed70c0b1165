import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { throttle } from '../../src/app/fault-log/throttle';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the fault log screen repaint throttle', () => {
  test('one change shows at once; a burst of 50 costs one more run when the interval ends', () => {
    let runs = 0;
    const repaint = throttle(() => (runs += 1), 1000);
    repaint.call();
    expect(runs).toBe(1);
    for (let i = 0; i < 50; i++) repaint.call();
    expect(runs).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(2);
    vi.advanceTimersByTime(5000);
    expect(runs).toBe(2);
    repaint.call();
    expect(runs).toBe(3);
  });

  test('cancelled, nothing more runs', () => {
    let runs = 0;
    const repaint = throttle(() => (runs += 1), 1000);
    repaint.call();
    repaint.call();
    repaint.cancel();
    vi.advanceTimersByTime(5000);
    expect(runs).toBe(1);
  });
});
