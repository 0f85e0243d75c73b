/** The annotation routes over real HTTP on loopback, stored in a real SQLite store. */
import express, { type RequestHandler } from 'express';
import { errorHandler, notFound } from '../errors';
import { listen, type Listening } from '../listen';
import type { AccessScope } from '../deps';
import { removeTempDirs, tempDir } from '../../store/__fixtures__/tempDir';
import { openStore, type Store } from '../../store/store';
import { createAnnotationsRouter } from './annotations';
import type { Annotation, AnnotationJson } from '../../annotations/types';

const NOW = 1_700_000_000;
let store: Store;
let server: Listening;
let created: Annotation[];
let scopes: AccessScope[];

async function call(method: string, path: string, body?: unknown, contentType = 'application/json') {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'content-type': contentType };
  }
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  return {
    status: res.status,
    location: res.headers.get('location'),
    json: text === '' ? null : (JSON.parse(text) as unknown),
  };
}

beforeEach(async () => {
  store = openStore(tempDir());
  created = [];
  scopes = [];
  const guard =
    (scope: AccessScope): RequestHandler =>
    (req, res, next) => {
      scopes.push(scope);
      if (req.get('x-deny') !== undefined) res.status(403).json({ error: 'forbidden', details: [] });
      else next();
    };
  const app = express();
  app.set('query parser', 'simple');
  app.use(
    createAnnotationsRouter(store, {
      clock: () => NOW,
      nodeExists: (id) => id === 'fraud' || id === 'revenue_assurance',
      guard,
      onCreated: (a) => created.push(a),
    }),
  );
  app.use(notFound);
  app.use(errorHandler(() => undefined));
  server = await listen(app, '127.0.0.1', 0);
});

afterEach(async () => {
  await server.close();
  store.close();
  removeTempDirs();
});

describe('POST /api/v1/annotations', () => {
  it('stores the annotation durably and answers 201 with it and its location', async () => {
    const r = await call('POST', '/api/v1/annotations', {
      time: NOW - 60,
      text: 'deployed fraud v2',
      tags: ['deploy'],
      nodes: ['fraud'],
    });
    expect(r.status).toBe(201);
    const body = r.json as AnnotationJson;
    expect(body).toEqual({
      id: 1,
      time: NOW - 60,
      text: 'deployed fraud v2',
      tags: ['deploy'],
      nodes: ['fraud'],
      source: 'user',
      created_at: NOW,
    });
    expect(r.location).toBe('/api/v1/annotations/1');
    expect(scopes).toEqual(['ingest']);
    expect(created.map((a) => a.id)).toEqual([1]);
    const dir = store.file.replace(/\/mlhealth\.db$/, '');
    store.close();
    store = openStore(dir);
    expect(store.getAnnotation(1)).toMatchObject({ text: 'deployed fraud v2', nodes: ['fraud'] });
  });

  it('refuses an invalid annotation with 422, every problem listed, and stores nothing', async () => {
    const r = await call('POST', '/api/v1/annotations', { text: '', nodes: ['nope'], colour: 'red' });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({
      error: 'invalid annotation: nothing was stored',
      details: [
        { path: 'colour', message: 'unknown field (allowed: time, time_end, text, tags, nodes)' },
        { path: 'text', message: 'required: a non-empty string' },
        { path: 'nodes[0]', message: "no node 'nope' in the spec" },
      ],
    });
    expect(store.queryAnnotations({ limit: 10 })).toEqual([]);
  });

  it('answers 400 to malformed JSON, 415 to a form post, 413 past the size limit', async () => {
    const malformed = await call('POST', '/api/v1/annotations', '{"text": ');
    expect(malformed.status).toBe(400);
    expect((malformed.json as { error: string }).error).toBe('malformed annotation body');
    expect(
      (await call('POST', '/api/v1/annotations', 'text=hi', 'application/x-www-form-urlencoded')).status,
    ).toBe(415);
    expect((await call('POST', '/api/v1/annotations', { text: 'x'.repeat(70 * 1024) })).status).toBe(413);
    expect(store.queryAnnotations({ limit: 10 })).toEqual([]);
  });

  it('is refused by the guard before anything is stored', async () => {
    const res = await fetch(`${server.url}/api/v1/annotations`, {
      method: 'POST',
      headers: { 'x-deny': '1', 'content-type': 'application/json' },
      body: '{"text":"x"}',
    });
    expect(res.status).toBe(403);
    expect(store.queryAnnotations({ limit: 10 })).toEqual([]);
  });
});

describe('GET /api/v1/annotations', () => {
  beforeEach(() => {
    store.addAnnotation(
      { time: NOW - 300, text: 'deploy', tags: ['deploy'], nodes: ['fraud'], source: 'user' },
      NOW,
    );
    store.addAnnotation(
      {
        time: NOW - 200,
        timeEnd: NOW - 100,
        text: 'incident <b>big</b> & bad',
        tags: ['incident', 'p1'],
        nodes: [],
        source: 'user',
      },
      NOW,
    );
    store.addAnnotation(
      {
        time: NOW - 50,
        text: 'revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.31',
        tags: ['mlhealth', 'status', 'business', 'critical'],
        nodes: ['revenue_assurance'],
        source: 'auto',
      },
      NOW,
    );
  });

  const ids = (r: { json: unknown }) =>
    (r.json as { annotations: AnnotationJson[] }).annotations.map((a) => a.id);

  it('lists newest first and filters by time overlap, node, every tag, source and limit', async () => {
    expect(ids(await call('GET', '/api/v1/annotations'))).toEqual([3, 2, 1]);
    expect(ids(await call('GET', `/api/v1/annotations?from=${NOW - 150}&to=${NOW - 60}`))).toEqual([2]);
    expect(ids(await call('GET', '/api/v1/annotations?node=fraud'))).toEqual([1]);
    expect(ids(await call('GET', '/api/v1/annotations?tag=incident&tag=p1'))).toEqual([2]);
    expect(ids(await call('GET', '/api/v1/annotations?tag=incident&tag=deploy'))).toEqual([]);
    expect(ids(await call('GET', '/api/v1/annotations?source=auto'))).toEqual([3]);
    expect(ids(await call('GET', '/api/v1/annotations?limit=2'))).toEqual([3, 2]);
    expect(scopes.every((s) => s === 'read')).toBe(true);
  });

  it('returns the text as it was written in JSON, and escaped in the Grafana form, in milliseconds', async () => {
    const plain = (await call('GET', '/api/v1/annotations?tag=incident')).json as {
      annotations: AnnotationJson[];
    };
    expect(plain.annotations[0]).toMatchObject({
      text: 'incident <b>big</b> & bad',
      time: NOW - 200,
      time_end: NOW - 100,
    });
    const grafana = await call(
      'GET',
      `/api/v1/annotations?format=grafana&from=${(NOW - 250) * 1000}&to=${NOW * 1000}`,
    );
    expect(grafana.json).toEqual([
      {
        time: (NOW - 50) * 1000,
        timeEnd: (NOW - 50) * 1000,
        title: 'mlhealth status change',
        text: 'revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.31',
        tags: ['mlhealth', 'status', 'business', 'critical'],
      },
      {
        time: (NOW - 200) * 1000,
        timeEnd: (NOW - 100) * 1000,
        title: 'mlhealth annotation',
        text: 'incident &lt;b&gt;big&lt;/b&gt; &amp; bad',
        tags: ['incident', 'p1'],
      },
    ]);
  });

  it('answers 400 with every bad parameter', async () => {
    const r = await call('GET', '/api/v1/annotations?limit=5000&source=x');
    expect(r.status).toBe(400);
    expect((r.json as { details: unknown[] }).details).toHaveLength(2);
  });

  it('gets one by id, deletes it as admin, and 404s after', async () => {
    expect((await call('GET', '/api/v1/annotations/1')).json).toMatchObject({ id: 1, text: 'deploy' });
    expect((await call('GET', '/api/v1/annotations/abc')).status).toBe(400);
    scopes = [];
    expect((await call('DELETE', '/api/v1/annotations/1')).status).toBe(204);
    expect(scopes).toEqual(['admin']);
    expect((await call('GET', '/api/v1/annotations/1')).status).toBe(404);
    expect((await call('DELETE', '/api/v1/annotations/1')).status).toBe(404);
  });
});
