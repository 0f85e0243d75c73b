/**
 * fast-check arbitraries of hostile requests to the write API, for `fuzz.test.ts`: bodies are built
 * as JSON *text* (never as objects), so keys such as `__proto__` reach the server verbatim, numbers can
 * be `1e999` or 400 digits long, objects can repeat keys, and lines can be cut anywhere.
 */
import fc from 'fast-check';

/** One request: method, path, optional headers and the raw body bytes. */
export interface FuzzRequest {
  method: string;
  path: string;
  contentType?: string;
  contentEncoding?: string;
  body: Uint8Array;
}

const FRAUD_EVENT: [string, string][] = [
  ['id', '"e1"'],
  [
    'features',
    '{"amount":42.5,"merchant_category":"grocery","country":"US","hour_of_day":13,"account_age_days":300,"card_present":true,"txn_count_1h":1}',
  ],
  ['prediction', '"legit"'],
  ['confidence', '0.93'],
  ['latency_seconds', '0.021'],
  ['error', 'false'],
  ['timestamp', '1700000000'],
];
const RECS_EVENT: [string, string][] = [
  [
    'features',
    '{"session_length_seconds":300,"items_viewed":12,"user_tenure_days":90,"device":"ios","category_affinity":0.4,"price_band":"mid"}',
  ],
  ['prediction', '"click"'],
  ['confidence', '0.7'],
  ['latency_seconds', '0.05'],
];
const LABEL: [string, string][] = [
  ['id', '"e1"'],
  ['label', '"fraud"'],
];
const GOVERNANCE: [string, string][] = [
  ['version', '"3.3.0"'],
  ['trained_at', '"2023-11-01T00:00:00Z"'],
];
const REFERENCE_ROW: [string, string][] = [
  ['amount', '12.5'],
  ['merchant_category', '"fuel"'],
  ['country', '"DE"'],
  ['hour_of_day', '3'],
];

/** Keys that have bitten JavaScript servers, and keys the schemas know. */
const KEY = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '',
    '\u0000',
    'amount',
    'features',
    'confidence',
    'attributions',
    'label',
    'id',
    'a"b\\c\nd',
    '\u202eevil',
    '😀',
    '\ud800',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** Number tokens JSON.parse accepts (mostly) or refuses, written as text. */
const NUMBER = fc.oneof(
  { weight: 4, arbitrary: fc.double().map((d) => (Number.isFinite(d) ? JSON.stringify(d) : String(d))) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('1e999', '-1e999', '1e-999', '-0', '9007199254740993', '1' + '0'.repeat(400)),
  },
  { weight: 1, arbitrary: fc.constantFrom('0.' + '0'.repeat(400) + '1', '01', '1.', '.5', '+1', '0x10') },
);

/** `[[[…]]]` or `{"a":{"a":…}}`, up to 20,000 levels. */
const DEEP = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean())
  .map(([n, arrays]) => (arrays ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n)));

const VALUE: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: NUMBER },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: DEEP },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"__proto__":{"polluted":1}}',
      '{"constructor":{"prototype":{"polluted":1}}}',
    ),
  },
);

function objectText(pairs: readonly [string, string][]): string {
  return '{' + pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',') + '}';
}

/** A record close to a valid one: some fields dropped, replaced or added (duplicates allowed). */
function nearValid(base: readonly [string, string][]): fc.Arbitrary<string> {
  const mutated = fc
    .record({
      drop: fc.uniqueArray(fc.nat(base.length - 1), { maxLength: 2 }),
      replace: fc.array(fc.tuple(fc.nat(base.length - 1), VALUE), { maxLength: 2 }),
      add: fc.array(fc.tuple(KEY, VALUE), { maxLength: 2 }),
      features: fc.array(fc.tuple(KEY, VALUE), { maxLength: 2 }),
    })
    .map(({ drop, replace, add, features }) => {
      const pairs = base.map(([k, v]): [string, string] => [k, v]);
      for (const [i, v] of replace) pairs[i] = [pairs[i][0], v];
      const f = pairs.findIndex(([k]) => k === 'features');
      if (f >= 0 && features.length > 0)
        pairs[f] = ['features', pairs[f][1].slice(0, -1) + ',' + objectText(features).slice(1)];
      return objectText([...pairs.filter((_, i) => !drop.includes(i)), ...add]);
    });
  return fc.oneof({ weight: 1, arbitrary: fc.constant(objectText(base)) }, { weight: 3, arbitrary: mutated });
}

const RECORD = fc.oneof(
  nearValid(FRAUD_EVENT),
  nearValid(RECS_EVENT),
  nearValid(LABEL),
  nearValid(GOVERNANCE),
  nearValid(REFERENCE_ROW),
  VALUE,
);

const NDJSON = fc
  .array(fc.oneof({ weight: 4, arbitrary: RECORD }, fc.string({ unit: 'binary', maxLength: 30 })), {
    maxLength: 6,
  })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((sep) => lines.join(sep)));

const BODY_TEXT: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(RECORD, { maxLength: 6 }).map((r) => `[${r.join(',')}]`) },
  { weight: 3, arbitrary: NDJSON },
  { weight: 2, arbitrary: RECORD },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? '') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\ufeff[]', 'null', '[null]', '[]', '{}', '[{}]', '"x"') },
  { weight: 1, arbitrary: fc.nat(80).map((n) => `[${Array(n).fill(objectText(FRAUD_EVENT)).join(',')}]`) },
);

/** A body: text (possibly cut short), or raw bytes that need not be UTF-8. */
const BODY: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 6, arbitrary: BODY_TEXT.map((t) => Buffer.from(t, 'utf8')) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(BODY_TEXT, fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([t, cut]) => Buffer.from(t.slice(0, Math.floor(t.length * cut)), 'utf8')),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
);

const TARGET = fc.constantFrom<[string, string]>(
  ['POST', '/api/v1/models/fraud/events'],
  ['POST', '/api/v1/models/fraud/events'],
  ['POST', '/api/v1/models/recs/events'],
  ['POST', '/api/v1/models/recs/events'],
  ['POST', '/api/v1/models/fraud/labels'],
  ['POST', '/api/v1/models/recs/policy-violations'],
  ['PUT', '/api/v1/models/fraud/reference'],
  ['PUT', '/api/v1/models/fraud/governance'],
  ['POST', '/api/v1/models/__proto__/events'],
  ['POST', '/api/v1/models/constructor/labels'],
  ['POST', '/api/v1/models/%E2%80%AEfraud/events'],
  ['POST', '/api/v1/models/%ZZ/events'],
  ['PATCH', '/api/v1/models/fraud/events'],
  ['POST', '/api/v1/scenarios'],
);

/** Header values fetch can send (latin-1 only), good and bad. */
const CONTENT_TYPE = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(undefined, 'application/json', 'application/x-ndjson', 'text/plain'),
  },
  fc.constantFrom(
    'application/jsonl',
    'application/json; charset=utf-16',
    'application/json; charset=klingon',
    'application/vnd.mlhealth+json',
    'text/html',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'appl\u00e9cation/json',
    ';;;',
  ),
);

/** Mostly none; now and then one the body is not encoded with, or one nobody knows. */
const CONTENT_ENCODING = fc.oneof(
  { weight: 12, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'bogus') },
);

export const FUZZ_REQUEST: fc.Arbitrary<FuzzRequest> = fc
  .record({ target: TARGET, contentType: CONTENT_TYPE, contentEncoding: CONTENT_ENCODING, body: BODY })
  .map(({ target: [method, path], contentType, contentEncoding, body }) => ({
    method,
    path,
    contentType,
    contentEncoding,
    body,
  }));
