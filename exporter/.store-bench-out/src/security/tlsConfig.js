"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CURVES = exports.CIPHER_SUITES = exports.TLS_VERSIONS = exports.CLIENT_AUTH_TYPES = void 0;
exports.readTlsServerConfig = readTlsServerConfig;
exports.CLIENT_AUTH_TYPES = [
    'NoClientCert',
    'RequestClientCert',
    'RequireAnyClientCert',
    'VerifyClientCertIfGiven',
    'RequireAndVerifyClientCert',
];
/** Go's TLS version names → Node's. */
exports.TLS_VERSIONS = { TLS10: 'TLSv1', TLS11: 'TLSv1.1', TLS12: 'TLSv1.2', TLS13: 'TLSv1.3' };
/**
 * Go's secure cipher suites (`tls.CipherSuites()`) → OpenSSL names. The TLS 1.3 suites map to null:
 * Go does not let them be configured either, so they are accepted and have no effect.
 */
exports.CIPHER_SUITES = {
    TLS_AES_128_GCM_SHA256: null,
    TLS_AES_256_GCM_SHA384: null,
    TLS_CHACHA20_POLY1305_SHA256: null,
    TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA: 'ECDHE-ECDSA-AES128-SHA',
    TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA: 'ECDHE-ECDSA-AES256-SHA',
    TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: 'ECDHE-RSA-AES128-SHA',
    TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA: 'ECDHE-RSA-AES256-SHA',
    TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: 'ECDHE-ECDSA-AES128-GCM-SHA256',
    TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: 'ECDHE-ECDSA-AES256-GCM-SHA384',
    TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: 'ECDHE-RSA-AES128-GCM-SHA256',
    TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: 'ECDHE-RSA-AES256-GCM-SHA384',
    TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-ECDSA-CHACHA20-POLY1305',
    TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-RSA-CHACHA20-POLY1305',
};
/** Go's curve names → OpenSSL's. */
exports.CURVES = {
    CurveP256: 'P-256',
    CurveP384: 'P-384',
    CurveP521: 'P-521',
    X25519: 'X25519',
};
const KEYS = [
    'cert_file',
    'key_file',
    'cert',
    'key',
    'client_auth_type',
    'client_ca_file',
    'client_ca',
    'client_allowed_sans',
    'cipher_suites',
    'curve_preferences',
    'min_version',
    'max_version',
    'prefer_server_cipher_suites',
];
function pemOrFile(r, inline, file, resolve) {
    const text = r.string(['tls_server_config', inline]);
    const path = r.string(['tls_server_config', file]);
    if (text !== undefined && path !== undefined)
        r.problem(['tls_server_config', file], `give ${inline} or ${file}, not both`);
    if (path !== undefined && path !== '')
        return { file: resolve(path) };
    return text !== undefined && text !== '' ? { pem: text } : null;
}
function oneOf(r, key, choices, fallback) {
    const v = r.string(['tls_server_config', key]);
    if (v === undefined || v === '')
        return fallback;
    if (choices.includes(v))
        return v;
    r.problem(['tls_server_config', key], `'${v}' is not one of ${choices.join(', ')}`);
    return fallback;
}
function names(r, key, known) {
    const list = r.strings(['tls_server_config', key]);
    for (const name of list)
        if (!(name in known))
            r.problem(['tls_server_config', key], `unknown name ${name} (expected one of ${Object.keys(known).join(', ')})`);
    return list.filter((name) => name in known);
}
/**
 * The TLS section, or null when the file has none (plain HTTP). Pushes problems into the reader; paths
 * go through `resolve`. Complexity O(keys). Throws nothing.
 */
function readTlsServerConfig(r, resolve) {
    const keys = r.mapping(['tls_server_config'], KEYS);
    if (keys.length === 0)
        return null;
    const cert = pemOrFile(r, 'cert', 'cert_file', resolve);
    const key = pemOrFile(r, 'key', 'key_file', resolve);
    if (cert === null)
        r.problem(['tls_server_config'], 'missing cert_file (the server certificate, PEM)');
    if (key === null)
        r.problem(['tls_server_config'], 'missing key_file (the server private key, PEM)');
    const clientAuthType = oneOf(r, 'client_auth_type', exports.CLIENT_AUTH_TYPES, 'NoClientCert');
    const clientCa = pemOrFile(r, 'client_ca', 'client_ca_file', resolve);
    if (clientCa !== null && clientAuthType === 'NoClientCert')
        r.problem(['tls_server_config', 'client_ca_file'], 'client CAs are configured but client_auth_type is NoClientCert');
    const sans = keys.includes('client_allowed_sans')
        ? r.strings(['tls_server_config', 'client_allowed_sans'])
        : null;
    if (sans !== null &&
        clientAuthType !== 'RequireAnyClientCert' &&
        clientAuthType !== 'RequireAndVerifyClientCert') {
        r.problem(['tls_server_config', 'client_allowed_sans'], 'requires client_auth_type RequireAnyClientCert or RequireAndVerifyClientCert');
    }
    const versions = Object.keys(exports.TLS_VERSIONS);
    const minVersion = oneOf(r, 'min_version', versions, 'TLS12');
    const maxVersion = oneOf(r, 'max_version', versions, 'TLS13');
    if (versions.indexOf(minVersion) > versions.indexOf(maxVersion))
        r.problem(['tls_server_config', 'min_version'], `${minVersion} is above max_version ${maxVersion}`);
    if (cert === null || key === null)
        return null;
    return {
        cert,
        key,
        clientAuthType,
        clientCa,
        clientAllowedSans: sans,
        minVersion,
        maxVersion,
        cipherSuites: names(r, 'cipher_suites', exports.CIPHER_SUITES),
        curvePreferences: names(r, 'curve_preferences', exports.CURVES),
        preferServerCipherSuites: r.boolean(['tls_server_config', 'prefer_server_cipher_suites'], true),
    };
}
//# sourceMappingURL=tlsConfig.js.map