/** The CloudEvent context of KServe's logger events, read from binary-mode headers. */
import { IngestError } from '../errors';
import { headerReader, loggerHeaders } from './__fixtures__/payloads';
import { joinKeyOf, readCloudEvent, rfc3339Seconds } from './cloudEvent';

function problemsOf(headers: Record<string, string>): { path: string; message: string }[] {
  try {
    readCloudEvent(headerReader(headers));
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).kind).toBe('malformed');
    return [...(err as IngestError).details];
  }
  throw new Error('expected the headers to be refused');
}

describe('readCloudEvent', () => {
  it("reads the logger document's request and response events", () => {
    const id = '0009174a-24a8-4603-b098-09c8799950e9';
    const request = readCloudEvent(headerReader(loggerHeaders('request', id)));
    expect(request).toEqual({
      side: 'request',
      id,
      source: 'http://localhost:9081/',
      service: 'sklearn-iris',
      namespace: 'default',
      component: 'predictor',
      endpoint: '',
      time: 1618014206 + 0.0789529,
    });
    const response = readCloudEvent(headerReader(loggerHeaders('response', id)));
    expect(response.side).toBe('response');
    expect((response.time as number) - (request.time as number)).toBeCloseTo(0.001783202, 6);
  });

  it('takes events without the optional extensions and time (older KServe versions)', () => {
    const h = loggerHeaders('request', 'a1');
    for (const name of ['ce-namespace', 'ce-component', 'ce-endpoint', 'ce-time', 'ce-metadata'])
      delete h[name];
    expect(readCloudEvent(headerReader(h))).toMatchObject({
      namespace: '',
      component: '',
      endpoint: '',
      time: null,
    });
  });

  it('names every missing required header at once', () => {
    const paths = problemsOf({ 'content-type': 'application/json' }).map((p) => p.path);
    expect(paths).toEqual(['ce-specversion', 'ce-type', 'ce-id', 'ce-source', 'ce-inferenceservicename']);
  });

  it('refuses another event type, another spec version and the 0.1 headers, naming each', () => {
    expect(problemsOf(loggerHeaders('request', 'a', { 'ce-type': 'com.example.other' }))).toEqual([
      {
        path: 'ce-type',
        message:
          'got "com.example.other", expected org.kubeflow.serving.inference.request or org.kubeflow.serving.inference.response',
      },
    ]);
    expect(problemsOf(loggerHeaders('request', 'a', { 'ce-specversion': '0.3' }))[0]).toEqual({
      path: 'ce-specversion',
      message: 'got "0.3", expected "1.0"',
    });
    const old = loggerHeaders('request', 'a', { 'ce-cloudeventsversion': '0.1' });
    delete old['ce-specversion'];
    expect(problemsOf(old)[0].message).toMatch(/this looks like CloudEvents 0\.1/);
  });

  it('refuses a time that is not RFC 3339 and metadata that is not a JSON object', () => {
    const bad = loggerHeaders('response', 'a', { 'ce-time': '10/04/2021 00:23', 'ce-metadata': '[1]' });
    expect(problemsOf(bad)).toEqual([
      { path: 'ce-time', message: 'got "10/04/2021 00:23", expected an RFC 3339 time' },
      { path: 'ce-metadata', message: 'expected a JSON object of header name → values, as KServe writes it' },
    ]);
  });

  it('accepts the metadata KServe sends for metadataHeaders', () => {
    const h = loggerHeaders('request', 'a', { 'ce-metadata': '{"X-Request-Id":["r-1"]}' });
    expect(readCloudEvent(headerReader(h)).id).toBe('a');
  });
});

describe('rfc3339Seconds', () => {
  it('keeps nanosecond digits and offsets', () => {
    expect(rfc3339Seconds('2021-04-10T00:23:26.080736102Z')).toBeCloseTo(1618014206 + 0.080736102, 6);
    expect(rfc3339Seconds('2021-04-10T02:23:26+02:00')).toBe(1618014206);
    expect(rfc3339Seconds('2021-04-10 00:23:26Z')).toBeNull();
    expect(rfc3339Seconds('1618014206')).toBeNull();
  });
});

describe('joinKeyOf', () => {
  it('joins halves of one service and id only', () => {
    const a = readCloudEvent(headerReader(loggerHeaders('request', 'x')));
    const b = readCloudEvent(headerReader(loggerHeaders('response', 'x')));
    const c = readCloudEvent(
      headerReader(loggerHeaders('response', 'x', { 'ce-inferenceservicename': 'other' })),
    );
    expect(joinKeyOf(a)).toBe(joinKeyOf(b));
    expect(joinKeyOf(c)).not.toBe(joinKeyOf(b));
  });
});
