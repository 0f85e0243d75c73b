/**
 * Test helper: the example specs of `exporter/examples/`, loaded through the real loader.
 */
import { join } from 'node:path';
import { loadSpecFile, type LoadedSpec } from '../../spec';

/** The absolute path of an example spec, e.g. `examplePath('realistic.yaml')`. */
export function examplePath(name: string): string {
  return join(__dirname, '..', '..', '..', 'examples', name);
}

/** Loads `exporter/examples/<name>` (throws the loader's SpecError when it is invalid). */
export function loadExample(name: 'realistic.yaml' | 'demo.yaml'): Promise<LoadedSpec> {
  return loadSpecFile(examplePath(name));
}
