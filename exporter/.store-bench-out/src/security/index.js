"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildSecurity = exports.DEFAULT_SECURITY_OPTIONS = exports.SECURITY_USAGE = exports.extractSecurityArgs = exports.parseSecurityOptions = exports.labelValueProblems = exports.labelValueProblem = exports.specLimitWarnings = exports.monitorOptionsFor = exports.ingestLimitsFor = exports.modelLimitProblem = exports.LIMIT_REASONS = exports.DEFAULT_RESOURCE_LIMITS = exports.contentLengthLimit = exports.clientKey = exports.rateLimit = exports.TokenBucketLimiter = exports.isLoopbackHost = exports.checkListenSafety = exports.listenHttps = exports.createHttpsServer = exports.clientCertificateProblem = exports.httpsServerOptions = exports.WebConfigError = exports.parseWebConfig = exports.bcryptHashProblem = exports.BasicAuthVerifier = exports.TOKEN_ENV = exports.tokensFromEnv = exports.loadTokens = exports.MIN_TOKEN_LENGTH = exports.TokenConfigError = exports.parseTokenFile = exports.matchToken = exports.hashToken = exports.authenticate = exports.createAccessControl = exports.accessPolicy = exports.scopeAllows = exports.requiredScope = exports.ACCESS_SCOPES = exports.ROUTE_SCOPES = void 0;
/**
 * The exporter's security layer: scoped bearer tokens, Prometheus web-config (TLS, basic auth),
 * request limits and label safety, as express middlewares and pure helpers. `main.ts` builds it with
 * `buildSecurity` and mounts `security.middlewares` before every route.
 *
 *   const { options, rest } = parseSecurityOptions(argv);
 *   const security = buildSecurity(options, maxBodyBytes, { env: process.env, readFile, clock });
 *   security.checkListen(host);                   // refuses 0.0.0.0 without a write token
 *   app.use(...security.middlewares);             // headers, rate limit, 413, 401/403 gate
 */
var scopes_1 = require("./scopes");
Object.defineProperty(exports, "ROUTE_SCOPES", { enumerable: true, get: function () { return scopes_1.ROUTE_SCOPES; } });
Object.defineProperty(exports, "ACCESS_SCOPES", { enumerable: true, get: function () { return scopes_1.ACCESS_SCOPES; } });
Object.defineProperty(exports, "requiredScope", { enumerable: true, get: function () { return scopes_1.requiredScope; } });
Object.defineProperty(exports, "scopeAllows", { enumerable: true, get: function () { return scopes_1.scopeAllows; } });
var policy_1 = require("./policy");
Object.defineProperty(exports, "accessPolicy", { enumerable: true, get: function () { return policy_1.accessPolicy; } });
var authorize_1 = require("./authorize");
Object.defineProperty(exports, "createAccessControl", { enumerable: true, get: function () { return authorize_1.createAccessControl; } });
var authenticate_1 = require("./authenticate");
Object.defineProperty(exports, "authenticate", { enumerable: true, get: function () { return authenticate_1.authenticate; } });
var tokens_1 = require("./tokens");
Object.defineProperty(exports, "hashToken", { enumerable: true, get: function () { return tokens_1.hashToken; } });
Object.defineProperty(exports, "matchToken", { enumerable: true, get: function () { return tokens_1.matchToken; } });
var tokenConfig_1 = require("./tokenConfig");
Object.defineProperty(exports, "parseTokenFile", { enumerable: true, get: function () { return tokenConfig_1.parseTokenFile; } });
Object.defineProperty(exports, "TokenConfigError", { enumerable: true, get: function () { return tokenConfig_1.TokenConfigError; } });
Object.defineProperty(exports, "MIN_TOKEN_LENGTH", { enumerable: true, get: function () { return tokenConfig_1.MIN_TOKEN_LENGTH; } });
var loadTokens_1 = require("./loadTokens");
Object.defineProperty(exports, "loadTokens", { enumerable: true, get: function () { return loadTokens_1.loadTokens; } });
Object.defineProperty(exports, "tokensFromEnv", { enumerable: true, get: function () { return loadTokens_1.tokensFromEnv; } });
Object.defineProperty(exports, "TOKEN_ENV", { enumerable: true, get: function () { return loadTokens_1.TOKEN_ENV; } });
var basicAuth_1 = require("./basicAuth");
Object.defineProperty(exports, "BasicAuthVerifier", { enumerable: true, get: function () { return basicAuth_1.BasicAuthVerifier; } });
Object.defineProperty(exports, "bcryptHashProblem", { enumerable: true, get: function () { return basicAuth_1.bcryptHashProblem; } });
var webConfig_1 = require("./webConfig");
Object.defineProperty(exports, "parseWebConfig", { enumerable: true, get: function () { return webConfig_1.parseWebConfig; } });
Object.defineProperty(exports, "WebConfigError", { enumerable: true, get: function () { return webConfig_1.WebConfigError; } });
var tlsOptions_1 = require("./tlsOptions");
Object.defineProperty(exports, "httpsServerOptions", { enumerable: true, get: function () { return tlsOptions_1.httpsServerOptions; } });
Object.defineProperty(exports, "clientCertificateProblem", { enumerable: true, get: function () { return tlsOptions_1.clientCertificateProblem; } });
var httpsServer_1 = require("./httpsServer");
Object.defineProperty(exports, "createHttpsServer", { enumerable: true, get: function () { return httpsServer_1.createHttpsServer; } });
var listenHttps_1 = require("./listenHttps");
Object.defineProperty(exports, "listenHttps", { enumerable: true, get: function () { return listenHttps_1.listenHttps; } });
var listenGuard_1 = require("./listenGuard");
Object.defineProperty(exports, "checkListenSafety", { enumerable: true, get: function () { return listenGuard_1.checkListenSafety; } });
Object.defineProperty(exports, "isLoopbackHost", { enumerable: true, get: function () { return listenGuard_1.isLoopbackHost; } });
var tokenBucket_1 = require("./tokenBucket");
Object.defineProperty(exports, "TokenBucketLimiter", { enumerable: true, get: function () { return tokenBucket_1.TokenBucketLimiter; } });
var rateLimit_1 = require("./rateLimit");
Object.defineProperty(exports, "rateLimit", { enumerable: true, get: function () { return rateLimit_1.rateLimit; } });
Object.defineProperty(exports, "clientKey", { enumerable: true, get: function () { return rateLimit_1.clientKey; } });
var bodyLimit_1 = require("./bodyLimit");
Object.defineProperty(exports, "contentLengthLimit", { enumerable: true, get: function () { return bodyLimit_1.contentLengthLimit; } });
var limits_1 = require("./limits");
Object.defineProperty(exports, "DEFAULT_RESOURCE_LIMITS", { enumerable: true, get: function () { return limits_1.DEFAULT_RESOURCE_LIMITS; } });
Object.defineProperty(exports, "LIMIT_REASONS", { enumerable: true, get: function () { return limits_1.LIMIT_REASONS; } });
Object.defineProperty(exports, "modelLimitProblem", { enumerable: true, get: function () { return limits_1.modelLimitProblem; } });
Object.defineProperty(exports, "ingestLimitsFor", { enumerable: true, get: function () { return limits_1.ingestLimitsFor; } });
Object.defineProperty(exports, "monitorOptionsFor", { enumerable: true, get: function () { return limits_1.monitorOptionsFor; } });
Object.defineProperty(exports, "specLimitWarnings", { enumerable: true, get: function () { return limits_1.specLimitWarnings; } });
var labelSafety_1 = require("./labelSafety");
Object.defineProperty(exports, "labelValueProblem", { enumerable: true, get: function () { return labelSafety_1.labelValueProblem; } });
Object.defineProperty(exports, "labelValueProblems", { enumerable: true, get: function () { return labelSafety_1.labelValueProblems; } });
var options_1 = require("./options");
Object.defineProperty(exports, "parseSecurityOptions", { enumerable: true, get: function () { return options_1.parseSecurityOptions; } });
Object.defineProperty(exports, "extractSecurityArgs", { enumerable: true, get: function () { return options_1.extractSecurityArgs; } });
Object.defineProperty(exports, "SECURITY_USAGE", { enumerable: true, get: function () { return options_1.SECURITY_USAGE; } });
Object.defineProperty(exports, "DEFAULT_SECURITY_OPTIONS", { enumerable: true, get: function () { return options_1.DEFAULT_SECURITY_OPTIONS; } });
var setup_1 = require("./setup");
Object.defineProperty(exports, "buildSecurity", { enumerable: true, get: function () { return setup_1.buildSecurity; } });
//# sourceMappingURL=index.js.map