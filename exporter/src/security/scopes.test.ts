/** The scope table: every endpoint of the server resolves to the scope the issue gives it. */
import { ENDPOINTS } from '../server/app';
import { requiredScope, scopeAllows, type Requirement } from './scopes';

describe('requiredScope', () => {
  test.each<[string, string, Requirement]>([
    ['GET', '/', 'public'],
    ['GET', '/healthz', 'public'],
    ['HEAD', '/readyz', 'public'],
    ['GET', '/metrics', 'read'],
    ['HEAD', '/metrics', 'read'],
    ['GET', '/api/v1/cascade', 'read'],
    ['GET', '/api/v1/nodes/fraud.drift', 'read'],
    ['GET', '/api/v1/dependencies', 'read'],
    ['GET', '/api/v1/annotations', 'read'],
    ['GET', '/preview/', 'read'],
    ['POST', '/api/v1/models/fraud/events', 'ingest'],
    ['POST', '/api/v1/models/fraud/labels', 'ingest'],
    ['POST', '/api/v1/models/fraud/policy-violations', 'ingest'],
    ['POST', '/api/v1/annotations', 'ingest'],
    ['POST', '/api/v1/kserve', 'ingest'],
    ['PUT', '/api/v1/models/fraud/reference', 'admin'],
    ['PUT', '/api/v1/models/fraud/governance', 'admin'],
    ['POST', '/api/v1/models/fraud/reference/pin', 'admin'],
    ['POST', '/api/v1/scenarios', 'read'],
    ['GET', '/api/v1/scenarios', 'read'],
    ['PUT', '/api/v1/scenarios/drift', 'admin'],
    ['POST', '/api/v1/calibrate', 'admin'],
    // fail closed: anything undeclared
    ['GET', '/anything', 'read'],
    ['DELETE', '/api/v1/annotations/7', 'admin'],
    ['POST', '/metrics', 'admin'],
    ['OPTIONS', '/api/v1/models/fraud/events', 'admin'],
    ['POST', '/healthz', 'admin'],
  ])('%s %s needs %s', (method, path, need) => {
    expect(requiredScope(method, path)).toBe(need);
  });

  test('case, trailing slashes and encoded segments do not escape the table', () => {
    expect(requiredScope('post', '/API/v1/MODELS/fraud/events/')).toBe('ingest');
    expect(requiredScope('PUT', '/api/v1/models/fraud/Reference')).toBe('admin');
    expect(requiredScope('PUT', '/api/v1/models/a%2Fb/reference')).toBe('admin');
    expect(requiredScope('PUT', '/api/v1/models/fraud/%72eference')).toBe('ingest');
  });

  test("every endpoint the server lists has the scope of the server's own guard", () => {
    const scopes = Object.fromEntries(
      ENDPOINTS.map((line) => {
        const [method, path] = line.split(/\s+/);
        return [line, requiredScope(method, path.replace(/\{[^}]+\}/g, 'x'))];
      }),
    );
    expect(scopes).toEqual({
      'GET  /metrics': 'read',
      'GET  /healthz': 'public',
      'GET  /readyz': 'public',
      'GET  /api/v1/cascade': 'read',
      'GET  /api/v1/nodes/{id}': 'read',
      'POST /api/v1/models/{model}/events': 'ingest',
      'POST /api/v1/models/{model}/labels': 'ingest',
      'PUT  /api/v1/models/{model}/reference': 'admin',
      'PUT  /api/v1/models/{model}/governance': 'admin',
      'POST /api/v1/calibrate': 'admin',
      'POST /api/v1/models/{model}/policy-violations': 'ingest',
      'POST /api/v1/kserve': 'ingest',
      'POST /v1/logs': 'ingest',
      'GET  /api/v1/scenarios': 'read',
      'POST /api/v1/scenarios': 'read',
      'GET  /api/v1/dependencies': 'read',
      'GET  /api/v1/annotations': 'read',
      'POST /api/v1/annotations': 'ingest',
      'GET  /preview/': 'read',
    });
  });
});

describe('scopeAllows', () => {
  test('admin allows everything; read and ingest only themselves; public needs nothing', () => {
    expect(['read', 'ingest', 'admin'].map((need) => scopeAllows(['admin'], need as Requirement))).toEqual([
      true,
      true,
      true,
    ]);
    expect(scopeAllows(['read'], 'ingest')).toBe(false);
    expect(scopeAllows(['ingest'], 'read')).toBe(false);
    expect(scopeAllows(['ingest'], 'admin')).toBe(false);
    expect(scopeAllows([], 'public')).toBe(true);
    expect(scopeAllows([], 'read')).toBe(false);
  });
});
