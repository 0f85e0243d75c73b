/**
 * A body of features only is taken as the event's features without a copy; whatever adds to the
 * features afterwards (a `mlhealth.features.*` attribute) copies it first, so the decoded record,
 * which problem paths read again later, is never changed.
 */
import { readBodyMap, feature, type EventDraft } from './bodyFields';
import { eventOf } from './mapRecords';
import type { OtlpLogRecord, OtlpMap } from './types';

const record = (body: OtlpMap, attributes: OtlpMap = {}): OtlpLogRecord => ({
  r: 0,
  s: 0,
  l: 0,
  timeSeconds: 0,
  observedSeconds: 0,
  body,
  attributes,
  resource: { 'mlhealth.model': 'fraud' },
});

describe('a body of features only', () => {
  it('is the features, keys in the body’s order, `__proto__` an own key', () => {
    const body: OtlpMap = { amount: 3, country: 'US' };
    Object.defineProperty(body, '__proto__', {
      value: 1,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const draft: EventDraft = { fields: {}, features: {} };
    expect(readBodyMap(body, draft)).toBe(3);
    expect(Object.keys(draft.features)).toEqual(['amount', 'country', '__proto__']);
    expect(Object.getPrototypeOf(draft.features)).toBe(Object.prototype);
  });

  it('is copied before a feature is added, so the record stays as decoded', () => {
    const r = record({ amount: 3 }, { 'mlhealth.features.country': 'US', 'mlhealth.prediction': 'legit' });
    const { event, found } = eventOf(r);
    expect([event, found]).toEqual([{ prediction: 'legit', features: { amount: 3, country: 'US' } }, 3]);
    expect(r.body).toEqual({ amount: 3 });
    const draft: EventDraft = { fields: {}, features: {} };
    const body: OtlpMap = { amount: 3 };
    readBodyMap(body, draft);
    feature(draft, 'amount', 4, 'attributes.mlhealth.features.amount');
    expect([body, draft.features, draft.shared]).toEqual([{ amount: 3 }, { amount: 4 }, false]);
  });

  it('is read key by key when it holds an event field, BentoML’s keys or a `features` map', () => {
    for (const extra of ['prediction', 'request_id', 'bento_meta', 'trace_id', 'features']) {
      const draft: EventDraft = { fields: {}, features: {} };
      const body: OtlpMap = { amount: 3, [extra]: extra === 'features' ? { country: 'US' } : 'x' };
      readBodyMap(body, draft);
      expect([extra, draft.features === body]).toEqual([extra, false]);
    }
    const withOrigins: EventDraft = { fields: {}, features: {}, origins: new Map() };
    readBodyMap({ amount: 3 }, withOrigins);
    expect(withOrigins.origins?.get('features.amount')).toBe('body.amount');
  });
});
