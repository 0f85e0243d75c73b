import fc from 'fast-check';
import { validateEvents } from '../ingest/validateEvents';
import { referenceRowFromRecord } from '../ingest/validateReference';
import { MINIMAL } from './__fixtures__/specs';
import { isNFC, toNFC } from './nfc';
import { parseSpec } from './parse';

const NFD = 'Sa\u0303o Paulo'; // "São Paulo" with a combining tilde, as macOS file names and some CSV tools write it
const NFC = 'S\u00e3o Paulo';
const NFD_NAME = 'regia\u0303o'; // "região"

/** MINIMAL with a categorical feature named `name` (NFD) whose categories include NFD "São Paulo". */
const SPEC = MINIMAL.replace(
  '      - { name: c, type: categorical, categories: [a, b] }',
  `      - { name: c, type: categorical, categories: [a, b] }\n      - { name: "${NFD_NAME}", type: categorical, categories: ["${NFD}", Rio] }`,
).replace(
  '    signal: { kind: feature_drift, feature: x, method: psi }',
  `    signal: { kind: feature_drift, feature: "${NFD_NAME}", method: psi }`,
);

describe('toNFC', () => {
  it('composes NFD text and leaves ASCII and NFC text as it is', () => {
    expect(toNFC(NFD)).toBe(NFC);
    expect(toNFC(NFC)).toBe(NFC);
    expect(toNFC('amount')).toBe('amount');
    expect(isNFC(NFD)).toBe(false);
    expect(isNFC(NFC)).toBe(true);
  });

  it('agrees with String.prototype.normalize on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => toNFC(s) === s.normalize('NFC')));
  });
});

describe('names and categories are one in every normal form', () => {
  const { spec } = parseSpec(SPEC, 'nfc.yaml');
  const model = spec.models[0];

  it('the spec stores feature names, categories and signal features in NFC', () => {
    const region = model.features.find((f) => f.name === toNFC(NFD_NAME));
    expect(region?.categories).toEqual([NFC, 'Rio']);
    const drift = spec.nodes.find((n) => n.id === 'm.drift.x');
    expect(drift?.signal).toMatchObject({ feature: toNFC(NFD_NAME) });
  });

  it('an event in NFD, name and value, is the declared feature with the declared category', () => {
    for (const [name, value] of [
      [NFD_NAME, NFD],
      [toNFC(NFD_NAME), NFD],
      [NFD_NAME, NFC],
    ]) {
      const r = validateEvents(model, [{ features: { x: 1, [name]: value }, prediction: 'a' }]);
      if (!r.ok) throw new Error(JSON.stringify(r.details));
      expect(r.events[0].features[toNFC(NFD_NAME)]).toBe(NFC);
    }
  });

  it('a reference row in NFD reads the same feature and category', () => {
    const row = referenceRowFromRecord(model, { x: '3', [NFD_NAME]: NFD, prediction: 'a' });
    expect(row.features[toNFC(NFD_NAME)]).toBe(NFC);
  });
});
