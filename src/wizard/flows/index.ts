/** The whole troubleshooting flow: every area's steps in one table, keyed by step id. */
import type { Flow } from '../types';
import { BLUETOOTH_STEPS } from './bluetooth';
import { COUNTER_STEPS } from './counter';
import { DRIVER_STEPS } from './drivers';
import { MECHANICS_STEPS } from './mechanics';
import { PAPER_STEPS } from './paper';
import { REACH_STEPS } from './reach';
import { SYMPTOM_STEPS } from './symptoms';

/** The areas the flow is assembled from, by name (a step id used by two areas is a bug the tests catch). */
export const FLOW_AREAS: Readonly<Record<string, Flow>> = {
  reach: REACH_STEPS,
  drivers: DRIVER_STEPS,
  paper: PAPER_STEPS,
  mechanics: MECHANICS_STEPS,
  symptoms: SYMPTOM_STEPS,
  counter: COUNTER_STEPS,
  bluetooth: BLUETOOTH_STEPS,
};

/** Every step of the wizard. */
export const FLOW: Flow = Object.freeze(Object.assign({}, ...Object.values(FLOW_AREAS)) as Flow);

export { FAULT_ENTRY } from './routes';
