/**
 * Structural checks over a flow: every route names a real step, every step is reachable and can reach an end,
 * the app never loops through its own checks without the merchant, and a run can only end "fixed" straight
 * after the live check that proves it.
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
  /** A fixed end reached from a step that does not prove it (`from` is '' for a run that starts there). */
  | { kind: 'unproven-fix'; step: StepId; from: StepId }
  /** A question about the test page reached without a test page having just been printed. */
  | { kind: 'confirm-without-print'; step: StepId; from: StepId };

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
  problems.push(...unprovenFixes(flow, entries));
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

/** Which steps lead to each step. */
export function predecessors(flow: Flow): Map<StepId, StepId[]> {
  const from = new Map<StepId, StepId[]>();
  for (const [id, step] of Object.entries(flow)) {
    for (const target of successors(step)) from.set(target, [...(from.get(target) ?? []), id]);
  }
  return from;
}

/**
 * Whether stepping from `from` into the fixed end `end` is proven: straight after the live check the end
 * names (status, network), or for a test print, after the merchant's answer about the page just printed.
 */
export function proves(from: Step, end: Extract<Step, { kind: 'end'; result: 'fixed' }>): boolean {
  if (end.proof === 'test-print') return from.kind === 'question' && from.confirms === 'test-print';
  return from.kind === 'check' && from.check === end.proof;
}

/** Fixed ends entered from anything but their proof, and test-page questions asked without a test page. */
function unprovenFixes(flow: Flow, entries: readonly StepId[]): FlowProblem[] {
  const problems: FlowProblem[] = [];
  for (const id of entries) {
    const step = flow[id];
    if (step?.kind === 'end' && step.result === 'fixed')
      problems.push({ kind: 'unproven-fix', step: id, from: '' });
  }
  for (const [from, step] of Object.entries(flow)) {
    for (const target of successors(step)) {
      const next = flow[target];
      if (next?.kind === 'end' && next.result === 'fixed' && !proves(step, next)) {
        problems.push({ kind: 'unproven-fix', step: target, from });
      }
      const printed = step.kind === 'check' && step.check === 'test-print';
      if (next?.kind === 'question' && next.confirms === 'test-print' && !printed) {
        problems.push({ kind: 'confirm-without-print', step: target, from });
      }
    }
  }
  return problems;
}
