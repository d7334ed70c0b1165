/**
 * The wizard run as component state: performs check steps as soon as they come up, watches for a fix while
 * an instruction is shown, and feeds every observation to the pure `next`. Work is cancelled when the step changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentStep, next, start } from '../../wizard/step';
import type { Observation, StartContext, WizardState } from '../../wizard/types';
import { performCheck, type CheckEnv } from './checks';

/** How often an instruction screen repeats its watched check. */
export const WATCH_INTERVAL_MS = 1000;

/** What the screen shows besides the step: a check in progress, or a check that could not finish. */
export type CheckPhase = { kind: 'idle' } | { kind: 'checking' } | { kind: 'failed'; reason: string };

/** The run, its check phase, and what the merchant can do. */
export interface WizardControls {
  state: WizardState;
  phase: CheckPhase;
  answer(choice: string): void;
  done(): void;
  retry(): void;
  restart(context: StartContext): void;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs the wizard against `env`; `begin` is read once, on the first render. */
export function useWizard(env: CheckEnv, begin: () => StartContext): WizardControls {
  const envRef = useRef(env);
  envRef.current = env;
  const [state, setState] = useState<WizardState>(() => start(begin(), env.now()));
  const [phase, setPhase] = useState<CheckPhase>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);

  // Only an observation made on the state it was made for may move the run (a late answer must not skip a step).
  const advance = (from: WizardState, observation: Observation) =>
    setState((current) => (current === from ? next(current, observation) : current));

  useEffect(() => {
    const step = currentStep(state);
    if (step.kind !== 'check') return;
    const controller = new AbortController();
    setPhase({ kind: 'checking' });
    performCheck(step.check, envRef.current, state, controller.signal).then(
      (observation) => {
        if (controller.signal.aborted) return;
        setPhase({ kind: 'idle' });
        advance(state, observation);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setPhase({ kind: 'failed', reason: reasonOf(error) });
      },
    );
    return () => controller.abort();
  }, [state, attempt]);

  useEffect(() => {
    const step = currentStep(state);
    if (step.kind !== 'fix' || !step.watch) return;
    const watch = step.watch;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      performCheck(watch.check, envRef.current, state, controller.signal, 'passive').then(
        (observation) => {
          if (controller.signal.aborted) return;
          advance(state, observation);
          timer = setTimeout(poll, WATCH_INTERVAL_MS);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          // A failed poll is not an answer: the merchant can still press "done"; keep watching.
          console.warn('wizard watch check failed', error);
          timer = setTimeout(poll, WATCH_INTERVAL_MS);
        },
      );
    };
    poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [state]);

  return {
    state,
    phase,
    answer: (choice) => advance(state, { kind: 'answered', choice, at: envRef.current.now() }),
    done: () => advance(state, { kind: 'fix-done', at: envRef.current.now() }),
    retry: () => {
      setPhase({ kind: 'idle' });
      setAttempt((n) => n + 1);
    },
    restart: (context) => {
      setPhase({ kind: 'idle' });
      setState(start(context, envRef.current.now()));
    },
  };
}
