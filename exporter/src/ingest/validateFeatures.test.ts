import fc from 'fast-check';
import { fraudModel } from '../signals/__fixtures__/specs';
import type { ModelSpec } from '../spec/types';
import { featureTable } from './featureTable';
import { isNonFiniteText } from './fieldChecks';
import { validateEvents } from './validateEvents';

const model: ModelSpec = fraudModel({
  features: [...fraudModel().features, { name: 'is_new', type: 'binary' }],
});
const names = model.features.map((f) => f.name);

/** Any value a producer might send for a feature, well-formed or not. */
const featureValue = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom('de', 'fr', 'us', 'web', 'app', 'zz', '', 'NaN', ' -inf', 'Infinity', '12.5'),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant({ x: 1 }),
  fc.constant([1]),
);
/** A features object: some declared features (maybe an undeclared one), in spec order. */
const features = fc
  .tuple(
    fc.array(fc.option(featureValue, { nil: undefined }), {
      minLength: names.length,
      maxLength: names.length,
    }),
    fc.option(fc.constant('colour'), { nil: undefined }),
  )
  .map(([values, extra]) => {
    const out: Record<string, unknown> = {};
    values.forEach((v, i) => {
      if (v !== undefined) out[names[i]] = v;
    });
    if (extra !== undefined) out[extra] = 'red';
    return out;
  });

function reversed(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).reverse());
}

describe('checkFeatures: the in-order fast path and the general path agree', () => {
  test.each([
    ['reject', undefined],
    ['count', undefined],
    ['reject', new Set(['web'])],
  ] as const)('type_mismatch %s, tracked categories %p', (policy, tracked) => {
    const m = { ...model, type_mismatch: policy };
    const options = {
      limits: { maxCategoriesPerFeature: 3 },
      trackedCategories: tracked === undefined ? undefined : () => tracked,
    };
    fc.assert(
      fc.property(fc.array(features, { maxLength: 4 }), (batch) => {
        const inOrder = validateEvents(
          m,
          batch.map((f) => ({ features: f })),
          options,
        );
        const shuffled = validateEvents(
          m,
          batch.map((f) => ({ features: reversed(f) })),
          options,
        );
        if (inOrder.ok !== shuffled.ok) return false;
        if (!inOrder.ok || !shuffled.ok) return true; // problem order follows key order; reasons may too
        expect(shuffled.events).toEqual(inOrder.events);
        // Accepted events list every declared feature, in spec order (the monitor's fast path reads them so).
        for (const e of [...inOrder.events, ...shuffled.events])
          expect(Object.keys(e.features)).toEqual(names);
        return true;
      }),
      { numRuns: 400 },
    );
  });
});

describe('checkFeatures: what the fast path hands on', () => {
  const normalised = { amount: 12.5, age: 40, country: 'de', channel: 'web', is_new: 'true' };

  test('an in-order, already normalised features object is the event features itself (no copy)', () => {
    const r = validateEvents(model, [{ features: normalised }]);
    expect(r.ok && r.events[0].features).toBe(normalised);
    expect(r.ok && r.events[0].typeViolations).toEqual([]);
  });

  test('anything else is a fresh object in spec order: a boolean category, a missing value, another order', () => {
    for (const f of [{ ...normalised, is_new: true }, { ...normalised, age: null }, reversed(normalised)]) {
      const r = validateEvents(model, [{ features: f }]);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.events[0].features).not.toBe(f);
      expect(Object.keys(r.events[0].features)).toEqual(names);
    }
  });

  test('the shared empty typeViolations cannot be mutated by a consumer', () => {
    const r = validateEvents(model, [{ features: normalised }]);
    expect(() => r.ok && r.events[0].typeViolations.push('x')).toThrow(TypeError);
  });
});

describe('featureTable', () => {
  test('is built once per model object, with the resolved type-mismatch policy', () => {
    expect(featureTable(model)).toBe(featureTable(model));
    expect(featureTable(model).typeMismatch).toBe('reject');
    expect(featureTable({ ...model, type_mismatch: 'count' }).typeMismatch).toBe('count');
    expect([...featureTable(model).numeric]).toEqual([1, 1, 0, 0, 0]);
    expect(featureTable(model).index.get('country')).toBe(2);
  });
});

describe('isNonFiniteText', () => {
  const spelled = /^\s*[+-]?(?:nan|inf|infinity)\s*$/i;

  test('agrees with the plain regular expression (its cheap pre-check loses nothing)', () => {
    const pieces = fc.constantFrom(
      ' ',
      '\t',
      '\u00a0',
      '\u2003',
      '+',
      '-',
      'n',
      'N',
      'a',
      'i',
      'I',
      'f',
      'inity',
      'x',
      '1',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
        ),
        (text) => {
          expect(isNonFiniteText(text)).toBe(spelled.test(text));
        },
      ),
      { numRuns: 3000 },
    );
    for (const t of ['NaN', ' -Infinity ', '\u00a0inf', '+INF', 'nan\n'])
      expect(isNonFiniteText(t)).toBe(true);
    for (const t of ['', 'web', 'infinite', '1', 'n a n']) expect(isNonFiniteText(t)).toBe(false);
  });
});
