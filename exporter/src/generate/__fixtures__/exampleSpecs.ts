/** The specs generator tests run over: the hand-built fixture and the example specs, loaded from disk. */
import { resolve } from 'node:path';
import { loadSpecFile } from '../../spec';
import type { Spec } from '../../spec/types';
import { fixtureSpec } from './spec';

const EXAMPLES = resolve(__dirname, '../../../examples');

export const TEST_SPECS: Array<[string, () => Promise<Spec>]> = [
  ['fixture spec', async () => fixtureSpec()],
  ['demo spec', async () => (await loadSpecFile(resolve(EXAMPLES, 'demo.yaml'))).spec],
  ['realistic spec', async () => (await loadSpecFile(resolve(EXAMPLES, 'realistic.yaml'))).spec],
];

/**
 * The generated Alertmanager configuration as 0.25 (the Debian amtool here) can read it: webhook
 * `url_file` exists from 0.26 on, so it is swapped for a placeholder `url`. Everything else is checked
 * as generated.
 */
export function forAlertmanager025(config: string): string {
  return config.replace(/url_file: \S+/g, 'url: http://127.0.0.1:9/url-file-placeholder');
}
