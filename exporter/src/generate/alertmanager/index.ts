/** `generateAlertmanagerConfig`: the whole Alertmanager configuration of a spec. */
import type { GenerateContext } from '../context';
import { generateInhibitRules } from './inhibit';
import { emailGlobals, generateReceivers } from './receivers';
import { generateRoute, generateTimeIntervals } from './routes';
import type { AlertmanagerConfig } from './types';

/**
 * Route tree, receivers, inhibit rules and business-hours intervals from the spec's teams and
 * escalation policies. Deterministic (spec order throughout). Complexity O(nodes + levels).
 *
 * @throws Error naming the policy/team/receiver when a level needs business hours its team lacks or
 *   a webhook has no URL.
 * @example generateAlertmanagerConfig(ctx).route.receiver // 'mlhealth-null'
 */
export function generateAlertmanagerConfig(ctx: GenerateContext): AlertmanagerConfig {
  const config: AlertmanagerConfig = {
    route: generateRoute(ctx.spec),
    inhibit_rules: generateInhibitRules(ctx),
    receivers: generateReceivers(ctx.spec),
  };
  const global = emailGlobals(ctx.spec);
  const intervals = generateTimeIntervals(ctx.spec);
  return {
    ...(global === undefined ? {} : { global }),
    ...config,
    ...(intervals.length === 0 ? {} : { time_intervals: intervals }),
  };
}
