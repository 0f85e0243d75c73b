/**
 * Who may call what: the one table mapping requests to the access scope they need. The gate
 * (authorize.ts) looks every request up here before any route, body parser or handler runs, so a
 * route added later is covered by the defaults below without anyone remembering to guard it.
 *
 * Scopes: `read` (GET JSON API, `/metrics` when reads are protected), `ingest` (writing traffic),
 * `admin` (references, governance facts, deleting annotations, calibration endpoints). An `admin` token may do
 * everything; `read` and `ingest` are separate (an ingest client cannot read, a viewer cannot write).
 */

/** Who may call a route: reading the cascade, writing traffic, or changing references and facts. */
export type AccessScope = 'read' | 'ingest' | 'admin';

export const ACCESS_SCOPES: readonly AccessScope[] = ['read', 'ingest', 'admin'];

/** What a request needs: a scope, or `public` (health probes, the index). */
export type Requirement = AccessScope | 'public';

export interface RouteScope {
  /** Upper-case methods; `GET` also covers `HEAD`. */
  methods: readonly string[];
  /** A path pattern: `*` is one path segment, a trailing `/**` any rest (or none). Case-insensitive. */
  path: string;
  need: Requirement;
}

const READS = ['GET'] as const;
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * First match wins. Requests matching no row: GET/HEAD need `read`, every other method `admin`
 * (fail closed).
 */
export const ROUTE_SCOPES: readonly RouteScope[] = [
  { methods: READS, path: '/', need: 'public' },
  { methods: READS, path: '/healthz', need: 'public' },
  { methods: READS, path: '/readyz', need: 'public' },
  { methods: READS, path: '/metrics', need: 'read' },
  { methods: READS, path: '/api/**', need: 'read' },
  { methods: READS, path: '/preview/**', need: 'read' },
  { methods: WRITES, path: '/api/v1/models/*/reference/**', need: 'admin' },
  { methods: WRITES, path: '/api/v1/models/*/governance/**', need: 'admin' },
  { methods: WRITES, path: '/api/v1/models/**', need: 'ingest' },
  { methods: ['POST'], path: '/api/v1/annotations', need: 'ingest' },
  { methods: ['POST'], path: '/api/v1/kserve', need: 'ingest' },
  // A what-if run works on copies and changes nothing live (docs/whatif.md): whoever reads may ask.
  { methods: ['POST'], path: '/api/v1/scenarios', need: 'read' },
  { methods: WRITES, path: '/api/v1/calibrate/**', need: 'admin' },
  // The OTLP/HTTP logs receiver (server/routes/otlp.ts): prediction records, like the events API.
  { methods: ['POST'], path: '/v1/logs', need: 'ingest' },
];

function patternRegExp(path: string): RegExp {
  const rest = path.endsWith('/**');
  const fixed = rest ? path.slice(0, -3) : path;
  const body = fixed
    .split('/')
    .map((part) => (part === '*' ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${body}${rest ? '(?:/.*)?' : ''}/?$`, 'i');
}

const COMPILED = ROUTE_SCOPES.map((row) => ({ ...row, regexp: patternRegExp(row.path) }));

/**
 * The requirement of a request, from `ROUTE_SCOPES`. `path` is the URL path without the query string.
 * Complexity O(rows). Throws nothing.
 * @example requiredScope('PUT', '/api/v1/models/fraud/reference') // 'admin'
 */
export function requiredScope(method: string, path: string): Requirement {
  const m = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
  for (const row of COMPILED) {
    if (row.methods.includes(m) && row.regexp.test(path)) return row.need;
  }
  return m === 'GET' ? 'read' : 'admin';
}

/**
 * True when holding `held` allows `need`: `admin` allows everything, otherwise the scope itself.
 * @example scopeAllows(['ingest'], 'admin') // false
 */
export function scopeAllows(held: readonly AccessScope[], need: Requirement): boolean {
  return need === 'public' || held.includes('admin') || held.includes(need);
}
