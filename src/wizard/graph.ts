/**
 * Structural checks over a flow: every route names a real step, every step is reachable and can reach an end,
 * the app never loops through its own checks without the merchant, and "fixed by check" ends follow a check.
 */
import { outcomesOf } from './outcomes';
import type { Flow, Step, StepId } from './types';

/** One thing wrong with a flow, named by the step it concerns. */
export type FlowProblem =
  | { kind: 'dangling'; step: StepId; target: StepId }
  | { kind: 'unreachable'; step: StepId }
  | { kind: 'dead-end'; step: StepId }
  | { kind: 'check-loop'; steps: readonly StepId[] }
  | { kind: 'duplicate-choice'; step: StepId; choice: string }
  | { kind: 'unrouted-outcome'; step: StepId; outcome: string }
  | { kind: 'watch-without-recheck'; step: StepId }
  | { kind: 'unverified-fix'; step: StepId; from: StepId };

/** Every step a step can lead to, in data order. */
export function successors(step: Step): StepId[] {
  switch (step.kind) {
    case 'check':
      return Object.values(step.on as Readonly<Record<string, StepId>>);
    case 'question':
      return step.choices.map((choice) => choice.next);
    case 'fix':
      return [step.then];
    case 'end':
      return [];
  }
}

/** Ids reachable from `from` by following routes (including `from`). */
export function reachableFrom(flow: Flow, from: readonly StepId[]): Set<StepId> {
  const seen = new Set<StepId>();
  const queue = [...from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const step = flow[id];
    if (seen.has(id) || !step) continue;
    seen.add(id);
    queue.push(...successors(step));
  }
  return seen;
}

/** Everything wrong with `flow` when runs begin at `entries`; an empty list means the flow is sound. */
export function checkFlow(flow: Flow, entries: readonly StepId[]): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const ids = Object.keys(flow);
  for (const id of ids) {
    const step = flow[id]!;
    for (const target of successors(step)) {
      if (!flow[target]) problems.push({ kind: 'dangling', step: id, target });
    }
    if (step.kind === 'question') {
      const seen = new Set<string>();
      for (const choice of step.choices) {
        if (seen.has(choice.id)) problems.push({ kind: 'duplicate-choice', step: id, choice: choice.id });
        seen.add(choice.id);
      }
    }
    if (step.kind === 'check') {
      for (const outcome of outcomesOf(step.check)) {
        if (!(outcome in step.on)) problems.push({ kind: 'unrouted-outcome', step: id, outcome });
      }
    }
    if (step.kind === 'fix' && step.watch && flow[step.then]?.kind !== 'check') {
      problems.push({ kind: 'watch-without-recheck', step: id });
    }
  }
  const reachable = reachableFrom(flow, entries);
  for (const id of ids) if (!reachable.has(id)) problems.push({ kind: 'unreachable', step: id });
  for (const id of ids) {
    const ends = [...reachableFrom(flow, [id])].some((other) => flow[other]?.kind === 'end');
    if (!ends) problems.push({ kind: 'dead-end', step: id });
  }
  problems.push(...checkLoops(flow));
  problems.push(...unverifiedFixes(flow));
  return problems;
}

/** Cycles made of check steps only would spin forever without the merchant; find them by depth-first search. */
function checkLoops(flow: Flow): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const done = new Set<StepId>();
  const visit = (id: StepId, path: StepId[]): void => {
    const step = flow[id];
    if (!step || step.kind !== 'check' || done.has(id)) return;
    const at = path.indexOf(id);
    if (at >= 0) {
      problems.push({ kind: 'check-loop', steps: path.slice(at) });
      return;
    }
    for (const target of successors(step)) visit(target, [...path, id]);
    if (path.length === 0) done.add(id);
  };
  for (const id of Object.keys(flow)) visit(id, []);
  return problems;
}

/** A fixed end that claims a check confirmed it must only be reached from check steps. */
function unverifiedFixes(flow: Flow): FlowProblem[] {
  const problems: FlowProblem[] = [];
  for (const [from, step] of Object.entries(flow)) {
    for (const target of successors(step)) {
      const end = flow[target];
      if (
        end?.kind === 'end' &&
        end.result === 'fixed' &&
        end.confirmedBy === 'check' &&
        step.kind !== 'check'
      ) {
        problems.push({ kind: 'unverified-fix', step: target, from });
      }
    }
  }
  return problems;
}
