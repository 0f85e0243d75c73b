"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.makeTestCerts = makeTestCerts;
/**
 * Test certificates made with the `openssl` command line in a temporary folder: a CA, a server
 * certificate for 127.0.0.1/localhost signed by it, and a client certificate signed by it (for mTLS).
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
function openssl(args, cwd) {
    (0, node_child_process_1.execFileSync)('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}
function signed(dir, name, subject, extensions) {
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, `${name}.ext`), `${extensions}\n`);
    openssl([
        'req',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.csr`,
        '-subj',
        subject,
    ], dir);
    openssl([
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-days',
        '2',
        '-out',
        `${name}.pem`,
        '-extfile',
        `${name}.ext`,
    ], dir);
}
/** Makes the certificates (needs `openssl`); `remove()` deletes the folder. */
function makeTestCerts() {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-certs-'));
    openssl([
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        'ca.key',
        '-out',
        'ca.pem',
        '-days',
        '2',
        '-subj',
        '/CN=mlhealth test CA',
    ], dir);
    signed(dir, 'server', '/CN=localhost', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth');
    openssl([
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        'stranger.key',
        '-out',
        'stranger.pem',
        '-days',
        '2',
        '-subj',
        '/CN=stranger',
        '-addext',
        'extendedKeyUsage=clientAuth',
    ], dir);
    signed(dir, 'client', '/CN=prometheus', 'subjectAltName=DNS:prometheus.test\nextendedKeyUsage=clientAuth');
    return {
        dir,
        caFile: (0, node_path_1.join)(dir, 'ca.pem'),
        certFile: (0, node_path_1.join)(dir, 'server.pem'),
        keyFile: (0, node_path_1.join)(dir, 'server.key'),
        clientCertFile: (0, node_path_1.join)(dir, 'client.pem'),
        clientKeyFile: (0, node_path_1.join)(dir, 'client.key'),
        strangerCertFile: (0, node_path_1.join)(dir, 'stranger.pem'),
        strangerKeyFile: (0, node_path_1.join)(dir, 'stranger.key'),
        read: (file) => (0, node_fs_1.readFileSync)(file, 'utf8'),
        remove: () => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }),
    };
}
//# sourceMappingURL=certs.js.map