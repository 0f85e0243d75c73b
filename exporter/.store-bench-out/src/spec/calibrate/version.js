"use strict";
/**
 * The version bump of a calibration: semver patch (`1.4.2` → `1.4.3`, pre-release and build dropped)
 * or integer + 1 (`7` → `8`). Anything else is for a human to choose (`--set-version`).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.bumpVersion = bumpVersion;
/**
 * @throws Error naming the version when it is neither semver nor a whole number.
 * @example bumpVersion('1.4.2') // '1.4.3'
 * @example bumpVersion('7') // '8'
 */
function bumpVersion(version) {
    const semver = /^v?(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(version);
    if (semver !== null)
        return `${version.startsWith('v') ? 'v' : ''}${semver[1]}.${semver[2]}.${Number(semver[3]) + 1}`;
    if (/^\d+$/.test(version))
        return String(Number(version) + 1);
    throw new Error(`bumpVersion: version '${version}' is neither semver (1.4.2) nor a whole number; pass --set-version to choose the next one`);
}
//# sourceMappingURL=version.js.map