/** The demo's simulated models, in the order of the demo spec. */
import { FRAUD_MODEL } from './fraudModel';
import { RECS_MODEL } from './recsModel';
import type { DemoTrafficModel } from './types';

export const DEMO_MODELS: readonly DemoTrafficModel[] = [FRAUD_MODEL, RECS_MODEL];
