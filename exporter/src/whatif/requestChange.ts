/**
 * Shape validation of one `ScenarioChange` from untrusted JSON: exactly one of the change forms, with
 * no unknown keys and values of the right type. References to the spec are checked in `specCheck.ts`.
 */
import type { Problem } from '../spec/problem';
import { STATUSES, type Status } from '../spec/status';
import type { ScenarioChange } from '../spec/types';

type Json = Record<string, unknown>;

/** A plain JSON object (not an array, not null). */
export function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Issues for keys of `o` that are not in `allowed`. */
export function unknownKeys(o: Json, allowed: readonly string[], path: string): Problem[] {
  return Object.keys(o)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({
      path: join(path, k),
      message: `unknown key '${k}'; expected one of ${allowed.join(', ')}`,
    }));
}

/** `a.b`, or `b` at the root. */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function finite(x: unknown, path: string, issues: Problem[], what = 'a finite number'): number {
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  issues.push({ path, message: `${JSON.stringify(x) ?? 'undefined'} is not ${what}` });
  return Number.NaN;
}

function nonEmpty(x: unknown, path: string, issues: Problem[]): string {
  if (typeof x === 'string' && x !== '') return x;
  issues.push({ path, message: `${JSON.stringify(x) ?? 'undefined'} is not a non-empty string` });
  return '';
}

function nodeChange(o: Json, path: string, issues: Problem[]): ScenarioChange {
  const node = nonEmpty(o.node, join(path, 'node'), issues);
  const fields = ['value', 'score', 'status'].filter((k) => k in o);
  issues.push(...unknownKeys(o, ['node', 'value', 'score', 'status'], path));
  if (fields.length !== 1) {
    issues.push({
      path,
      message: `a node change takes exactly one of value, score, status (got ${fields.length})`,
    });
    return { node, value: Number.NaN };
  }
  if ('value' in o) return { node, value: finite(o.value, join(path, 'value'), issues) };
  if ('score' in o) {
    const score = finite(o.score, join(path, 'score'), issues, 'a number in [0, 1]');
    if (score < 0 || score > 1)
      issues.push({ path: join(path, 'score'), message: `${score} is not in [0, 1]` });
    return { node, score };
  }
  if (!STATUSES.includes(o.status as Status)) {
    issues.push({
      path: join(path, 'status'),
      message: `${JSON.stringify(o.status)} is not one of ${STATUSES.join(', ')}`,
    });
  }
  return { node, status: o.status as Status };
}

function nested(o: Json, key: string, allowed: readonly string[], path: string, issues: Problem[]): Json {
  const inner = o[key];
  const p = join(path, key);
  if (!isObject(inner)) {
    issues.push({ path: p, message: `expected an object with ${allowed.join(', ')}` });
    return {};
  }
  issues.push(...unknownKeys(inner, allowed, p));
  return inner;
}

function nonNegative(x: unknown, path: string, issues: Problem[]): number {
  const n = finite(x, path, issues, 'a non-negative number');
  if (n < 0) issues.push({ path, message: `${n} is negative` });
  return n;
}

const FORMS = ['node', 'fail_source', 'fail_feature', 'age_model', 'scale_exposure', 'set_exposure'] as const;
type Form = Exclude<(typeof FORMS)[number], 'node'>;

/** Readers of the nested forms: `inner` is the form's object, `p` its path. */
const NESTED: Record<
  Exclude<Form, 'fail_source'>,
  { keys: string[]; read: (inner: Json, p: string, issues: Problem[]) => ScenarioChange }
> = {
  fail_feature: {
    keys: ['model', 'feature'],
    read: (f, p, issues) => ({
      fail_feature: {
        model: nonEmpty(f.model, join(p, 'model'), issues),
        feature: nonEmpty(f.feature, join(p, 'feature'), issues),
      },
    }),
  },
  age_model: {
    keys: ['model', 'days'],
    read: (a, p, issues) => ({
      age_model: {
        model: nonEmpty(a.model, join(p, 'model'), issues),
        days: nonNegative(a.days, join(p, 'days'), issues),
      },
    }),
  },
  scale_exposure: {
    keys: ['node', 'factor'],
    read: (s, p, issues) => {
      const factor = nonNegative(s.factor, join(p, 'factor'), issues);
      if (s.node === undefined) return { scale_exposure: { factor } };
      return { scale_exposure: { node: nonEmpty(s.node, join(p, 'node'), issues), factor } };
    },
  },
  set_exposure: {
    keys: ['node', 'value'],
    read: (s, p, issues) => ({
      set_exposure: {
        node: nonEmpty(s.node, join(p, 'node'), issues),
        value: nonNegative(s.value, join(p, 'value'), issues),
      },
    }),
  },
};

/**
 * Reads one change, pushing every problem found into `issues` (the returned value is only meaningful
 * when none was pushed).
 * @example readChange({ node: 'a', score: 2 }, 'changes[0]', issues) // issues: [{ path: 'changes[0].score', message: '2 is not in [0, 1]' }]
 */
export function readChange(x: unknown, path: string, issues: Problem[]): ScenarioChange {
  const fallback: ScenarioChange = { fail_source: '' };
  if (!isObject(x)) {
    issues.push({ path, message: `expected an object such as {"node": "id", "value": 0.3}` });
    return fallback;
  }
  const forms = FORMS.filter((f) => f in x);
  const form = forms[0];
  if (forms.length !== 1 || form === undefined) {
    const got = forms.length === 0 ? 'none' : forms.join(', ');
    issues.push({ path, message: `a change takes exactly one of ${FORMS.join(', ')} (got ${got})` });
    return fallback;
  }
  if (form === 'node') return nodeChange(x, path, issues);
  issues.push(...unknownKeys(x, [form], path));
  if (form === 'fail_source') return { fail_source: nonEmpty(x.fail_source, join(path, form), issues) };
  const reader = NESTED[form];
  return reader.read(nested(x, form, reader.keys, path, issues), join(path, form), issues);
}
