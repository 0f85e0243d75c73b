"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const version_1 = require("./version");
describe('bumpVersion', () => {
    it.each([
        ['1.4.2', '1.4.3'],
        ['v2.0.9', 'v2.0.10'],
        ['3.1.0-rc.1', '3.1.1'],
        ['1.0.0+build.5', '1.0.1'],
        ['7', '8'],
        ['0', '1'],
    ])('%s -> %s', (from, to) => {
        expect((0, version_1.bumpVersion)(from)).toBe(to);
    });
    it.each(['2025.02', 'beta', '1.2'])('refuses %s, pointing at --set-version', (version) => {
        expect(() => (0, version_1.bumpVersion)(version)).toThrow(`version '${version}' is neither semver (1.4.2) nor a whole number; pass --set-version`);
    });
});
//# sourceMappingURL=version.test.js.map