"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createAccessControl = createAccessControl;
const authenticate_1 = require("./authenticate");
const policy_1 = require("./policy");
const respond_1 = require("./respond");
const scopes_1 = require("./scopes");
const tokens_1 = require("./tokens");
const REALM = 'realm="mlhealth"';
const LOCALS_KEY = 'mlhealthAuthentication';
function challenge(res, credentials, error) {
    res.append('WWW-Authenticate', error === undefined ? `Bearer ${REALM}` : `Bearer ${REALM}, error="${error}"`);
    if ((credentials.basicUsers?.size ?? 0) > 0)
        res.append('WWW-Authenticate', `Basic ${REALM}, charset="UTF-8"`);
}
/** 401 for anonymous callers (naming a scope nobody holds), 403 for known callers without the scope. */
function refuseScope(req, res, credentials, principal, need) {
    const what = `${req.method} ${req.path}`;
    if (principal.kind === 'anonymous') {
        challenge(res, credentials);
        const someoneHolds = credentials.tokens.some((t) => (0, scopes_1.scopeAllows)(t.scopes, need)) ||
            (0, scopes_1.scopeAllows)(credentials.policy.basicUser, need);
        const note = someoneHolds ? '' : ` (no configured token has scope ${need})`;
        (0, respond_1.refuse)(res, 401, 'unauthorized', [
            { path: 'Authorization', message: `${what} needs credentials with scope ${need}${note}` },
        ]);
        return;
    }
    res.set('WWW-Authenticate', `Bearer ${REALM}, error="insufficient_scope", scope="${need}"`);
    const who = `${principal.kind === 'token' ? 'token' : 'user'} ${principal.name}`;
    (0, respond_1.refuse)(res, 403, 'forbidden', [
        {
            path: 'Authorization',
            message: `${who} has scopes [${principal.scopes.join(', ')}]; ${what} needs ${need}`,
        },
    ]);
}
/** True when the request may go on; otherwise the refusal has been sent. */
async function admit(req, res, credentials, need) {
    // Where no credentials are needed, none are checked: a client that always sends some (Prometheus with
    // basic_auth, a Grafana datasource with a token) keeps working against an open endpoint.
    if (need === 'public' || (0, scopes_1.scopeAllows)(credentials.policy.anonymous, need))
        return true;
    const auth = res.locals[LOCALS_KEY] ??
        (await (0, authenticate_1.authenticate)(req.get('authorization'), credentials));
    res.locals[LOCALS_KEY] = auth;
    if (!auth.ok) {
        challenge(res, credentials, auth.error);
        (0, respond_1.refuse)(res, 401, 'unauthorized', [{ path: 'Authorization', message: auth.message }]);
        return false;
    }
    if ((0, scopes_1.scopeAllows)(auth.principal.scopes, need))
        return true;
    refuseScope(req, res, credentials, auth.principal, need);
    return false;
}
/** Builds the gate and guards for the configured tokens and basic-auth users. */
function createAccessControl(tokens, basicUsers) {
    const credentials = {
        tokens,
        basicUsers,
        policy: (0, policy_1.accessPolicy)(tokens, basicUsers?.size ?? 0),
    };
    return {
        policy: credentials.policy,
        gate: async (req, res, next) => {
            if (await admit(req, res, credentials, (0, scopes_1.requiredScope)(req.method, req.path)))
                next();
        },
        guard: (scope) => async (req, res, next) => {
            if (await admit(req, res, credentials, scope))
                next();
        },
        tokenName: (req) => {
            const parts = (0, authenticate_1.splitAuthorization)(req.get('authorization') ?? '');
            return parts?.scheme === 'bearer' ? ((0, tokens_1.matchToken)(tokens, parts.credential)?.name ?? null) : null;
        },
    };
}
//# sourceMappingURL=authorize.js.map