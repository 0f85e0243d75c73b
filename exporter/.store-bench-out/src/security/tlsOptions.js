"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.httpsServerOptions = httpsServerOptions;
exports.clientCertificateProblem = clientCertificateProblem;
/**
 * A validated `tls_server_config` as Node `https.createServer` options, reading the certificate, key
 * and client-CA files (a missing or unreadable file fails start-up, naming the key and the path), plus
 * the client-certificate rules TLS options alone cannot express (RequireAnyClientCert,
 * VerifyClientCertIfGiven, client_allowed_sans), enforced per connection.
 */
const node_crypto_1 = require("node:crypto");
const node_tls_1 = require("node:tls");
const tlsConfig_1 = require("./tlsConfig");
const webConfig_1 = require("./webConfig");
function readPem(source, key, readFile, problems) {
    if ('pem' in source)
        return source.pem;
    try {
        return readFile(source.file);
    }
    catch (err) {
        problems.push(`tls_server_config.${key}: cannot read ${source.file}: ${err.message}`);
        return null;
    }
}
/**
 * The https server options. Throws WebConfigError naming the key when a file cannot be read or the
 * certificate and key do not load together.
 */
function httpsServerOptions(tls, readFile) {
    const problems = [];
    const cert = readPem(tls.cert, 'cert_file', readFile, problems);
    const key = readPem(tls.key, 'key_file', readFile, problems);
    const ca = tls.clientCa === null ? undefined : readPem(tls.clientCa, 'client_ca_file', readFile, problems);
    if (cert === null || key === null || ca === null)
        throw new webConfig_1.WebConfigError(problems);
    const ciphers = tls.cipherSuites.map((name) => tlsConfig_1.CIPHER_SUITES[name]).filter((c) => c !== null);
    const options = {
        cert,
        key,
        minVersion: tlsConfig_1.TLS_VERSIONS[tls.minVersion],
        maxVersion: tlsConfig_1.TLS_VERSIONS[tls.maxVersion],
        honorCipherOrder: tls.preferServerCipherSuites,
        requestCert: tls.clientAuthType !== 'NoClientCert',
        rejectUnauthorized: tls.clientAuthType === 'RequireAndVerifyClientCert',
        ...(ca !== undefined ? { ca } : {}),
        ...(ciphers.length > 0 ? { ciphers: ciphers.join(':') } : {}),
        ...(tls.curvePreferences.length > 0
            ? { ecdhCurve: tls.curvePreferences.map((c) => tlsConfig_1.CURVES[c]).join(':') }
            : {}),
    };
    try {
        (0, node_tls_1.createSecureContext)(options);
    }
    catch (err) {
        throw new webConfig_1.WebConfigError([
            `tls_server_config: the certificate, key or client CA do not load: ${err.message}`,
        ]);
    }
    return options;
}
/** The SANs of a certificate as exporter-toolkit compares them: DNS names, e-mails, IPs, URIs. */
function subjectAltNames(raw) {
    const text = new node_crypto_1.X509Certificate(raw).subjectAltName ?? '';
    return text
        .split(/,\s*/)
        .map((entry) => entry.replace(/^(DNS|email|IP Address|URI):/, ''))
        .filter((v) => v !== '');
}
/**
 * Why a TLS connection breaks the client-certificate rules, or null when it may go on. Call on the
 * server's `secureConnection` and destroy the socket on a non-null answer.
 */
function clientCertificateProblem(tls, socket) {
    const type = tls.clientAuthType;
    if (type === 'NoClientCert' || type === 'RequestClientCert')
        return null;
    const peer = socket.getPeerCertificate();
    const present = peer !== null && peer !== undefined && Object.keys(peer).length > 0;
    if (!present)
        return type === 'VerifyClientCertIfGiven' ? null : 'no client certificate';
    if (type !== 'RequireAnyClientCert' && !socket.authorized)
        return 'client certificate not signed by client_ca_file';
    if (tls.clientAllowedSans !== null &&
        !subjectAltNames(peer.raw).some((san) => tls.clientAllowedSans?.includes(san))) {
        return 'client certificate has none of client_allowed_sans';
    }
    return null;
}
//# sourceMappingURL=tlsOptions.js.map