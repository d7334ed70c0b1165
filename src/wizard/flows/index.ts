/** The whole troubleshooting flow: every area's steps in one table, keyed by step id. */
import type { Flow } from '../types';
import { CONNECTION_STEPS } from './connection';
import { MECHANISM_STEPS } from './mechanism';
import { SYMPTOM_STEPS } from './symptoms';

/** The areas the flow is assembled from, by name (a step id used by two areas is a bug the tests catch). */
export const FLOW_AREAS: Readonly<Record<string, Flow>> = {
  connection: CONNECTION_STEPS,
  mechanism: MECHANISM_STEPS,
  symptoms: SYMPTOM_STEPS,
};

/** Every step of the wizard. */
export const FLOW: Flow = Object.freeze(Object.assign({}, ...Object.values(FLOW_AREAS)) as Flow);

export { FAULT_ENTRY } from './routes';
