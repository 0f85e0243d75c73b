/**
 * Access control as express middleware. `gate` runs before every route: it looks the request up in
 * `ROUTE_SCOPES`, authenticates the `Authorization` header (authenticate.ts) and answers 401 (no or bad
 * credentials, with `WWW-Authenticate`) or 403 (valid credentials without the scope) before any body
 * is read or any handler runs. `guard(scope)` checks a fixed scope, for a route's own `deps.guard`
 * (defence in depth; it reuses the gate's verdict). Tokens and passwords are never logged nor echoed.
 */
import type { Request, RequestHandler, Response } from 'express';
import {
  authenticate,
  splitAuthorization,
  type Authentication,
  type Credentials,
  type Principal,
} from './authenticate';
import type { BasicAuthVerifier } from './basicAuth';
import { accessPolicy, type AccessPolicy } from './policy';
import { refuse } from './respond';
import { requiredScope, scopeAllows, type AccessScope, type Requirement } from './scopes';
import { matchToken, type TokenEntry } from './tokens';

export type { Principal } from './authenticate';

export interface AccessControl {
  policy: AccessPolicy;
  /** Mount first: `app.use(access.gate)`. */
  gate: RequestHandler;
  guard: (scope: AccessScope) => RequestHandler;
  /** The name of the valid bearer token of a request (no bcrypt, O(tokens)), else null. For rate-limit keys. */
  tokenName(req: Request): string | null;
}

const REALM = 'realm="mlhealth"';
const LOCALS_KEY = 'mlhealthAuthentication';

function challenge(res: Response, credentials: Credentials, error?: string): void {
  res.append(
    'WWW-Authenticate',
    error === undefined ? `Bearer ${REALM}` : `Bearer ${REALM}, error="${error}"`,
  );
  if ((credentials.basicUsers?.size ?? 0) > 0)
    res.append('WWW-Authenticate', `Basic ${REALM}, charset="UTF-8"`);
}

/** 401 for anonymous callers (naming a scope nobody holds), 403 for known callers without the scope. */
function refuseScope(
  req: Request,
  res: Response,
  credentials: Credentials,
  principal: Principal,
  need: AccessScope,
): void {
  const what = `${req.method} ${req.path}`;
  if (principal.kind === 'anonymous') {
    challenge(res, credentials);
    const someoneHolds =
      credentials.tokens.some((t) => scopeAllows(t.scopes, need)) ||
      scopeAllows(credentials.policy.basicUser, need);
    const note = someoneHolds ? '' : ` (no configured token has scope ${need})`;
    refuse(res, 401, 'unauthorized', [
      { path: 'Authorization', message: `${what} needs credentials with scope ${need}${note}` },
    ]);
    return;
  }
  res.set('WWW-Authenticate', `Bearer ${REALM}, error="insufficient_scope", scope="${need}"`);
  const who = `${principal.kind === 'token' ? 'token' : 'user'} ${principal.name}`;
  refuse(res, 403, 'forbidden', [
    {
      path: 'Authorization',
      message: `${who} has scopes [${principal.scopes.join(', ')}]; ${what} needs ${need}`,
    },
  ]);
}

/** True when the request may go on; otherwise the refusal has been sent. */
async function admit(
  req: Request,
  res: Response,
  credentials: Credentials,
  need: Requirement,
): Promise<boolean> {
  // Where no credentials are needed, none are checked: a client that always sends some (Prometheus with
  // basic_auth, a Grafana datasource with a token) keeps working against an open endpoint.
  if (need === 'public' || scopeAllows(credentials.policy.anonymous, need)) return true;
  const auth =
    (res.locals[LOCALS_KEY] as Authentication | undefined) ??
    (await authenticate(req.get('authorization'), credentials));
  res.locals[LOCALS_KEY] = auth;
  if (!auth.ok) {
    challenge(res, credentials, auth.error);
    refuse(res, 401, 'unauthorized', [{ path: 'Authorization', message: auth.message }]);
    return false;
  }
  if (scopeAllows(auth.principal.scopes, need)) return true;
  refuseScope(req, res, credentials, auth.principal, need);
  return false;
}

/** Builds the gate and guards for the configured tokens and basic-auth users. */
export function createAccessControl(
  tokens: readonly TokenEntry[],
  basicUsers: BasicAuthVerifier | null,
): AccessControl {
  const credentials: Credentials = {
    tokens,
    basicUsers,
    policy: accessPolicy(tokens, basicUsers?.size ?? 0),
  };
  return {
    policy: credentials.policy,
    gate: async (req, res, next) => {
      if (await admit(req, res, credentials, requiredScope(req.method, req.path))) next();
    },
    guard: (scope) => async (req, res, next) => {
      if (await admit(req, res, credentials, scope)) next();
    },
    tokenName: (req) => {
      const parts = splitAuthorization(req.get('authorization') ?? '');
      return parts?.scheme === 'bearer' ? (matchToken(tokens, parts.credential)?.name ?? null) : null;
    },
  };
}
