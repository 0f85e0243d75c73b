/**
 * One run of the built-in demo: its traffic generator (the two demo models, seeded) and when and how
 * fast its incident timetable plays. `runDemo` (simulator.ts) drives it; the banner prints it.
 */
import { DEMO_MODELS } from './models';
import { DemoTraffic } from './traffic';

export interface DemoRun {
  traffic: DemoTraffic;
  startedAt: number;
  timeScale: number;
  seed: number;
}

/** The demo's run from `startedAt` (Unix seconds) with `seed` and `timeScale` (1 = real time). */
export function createDemoRun(seed: number, startedAt: number, timeScale: number): DemoRun {
  return { traffic: new DemoTraffic(DEMO_MODELS, seed, startedAt, timeScale), startedAt, timeScale, seed };
}
