/**
 * Runs `run` at once on the first call, then at most once per `ms` however often it is called: a call during
 * the wait is folded into one more run when the wait ends. The fault log screen repaints through it, so a
 * burst of faults costs a repaint or two while a single change still shows straight away.
 */
export function throttle(run: () => void, ms: number): { call(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let again = false;
  const wait = () => {
    timer = setTimeout(() => {
      timer = undefined;
      if (!again) return;
      again = false;
      run();
      wait();
    }, ms);
  };
  return {
    call() {
      if (timer !== undefined) {
        again = true;
        return;
      }
      run();
      wait();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      again = false;
    },
  };
}
