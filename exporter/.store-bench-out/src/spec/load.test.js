"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const issues_1 = require("./issues");
const load_1 = require("./load");
const specs_1 = require("./__fixtures__/specs");
describe('loadSpecFile', () => {
    let dir;
    beforeEach(() => {
        dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-spec-'));
    });
    afterEach(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
    it.each(['demo.yaml', 'realistic.yaml'])('loads examples/%s, hashing the file bytes', async (name) => {
        const file = (0, node_path_1.join)(specs_1.EXAMPLES_DIR, name);
        const loaded = await (0, load_1.loadSpecFile)(file);
        expect(loaded.sha256).toBe((0, node_crypto_1.createHash)('sha256').update((0, node_fs_1.readFileSync)(file)).digest('hex'));
        expect(loaded.baseDir).toBe(specs_1.EXAMPLES_DIR);
        expect(loaded.file).toBe(file);
        expect(loaded.spec.models.length).toBeGreaterThanOrEqual(2);
    });
    it('reports reference files that do not exist, relative to the spec, with the other errors', async () => {
        const text = specs_1.MINIMAL.replace("version: '1'", "version: '1'\n    reference: { file: data/missing.csv }").replace('critical: 0.25', 'critical: 0.05');
        const file = (0, node_path_1.join)(dir, 'spec.yaml');
        (0, node_fs_1.writeFileSync)(file, text);
        const error = await (0, load_1.loadSpecFile)(file, { label: 'spec.yaml' }).catch((e) => e);
        expect(error).toBeInstanceOf(issues_1.SpecError);
        const issues = error.issues;
        expect(issues.map((i) => i.path)).toEqual(['models[0].reference.file', 'nodes[0].thresholds.warning']);
        expect(issues[0]).toMatchObject({
            file: 'spec.yaml',
            ...(0, specs_1.positionOf)(text, 'data/missing.csv'),
            message: `reference file 'data/missing.csv' not found or not readable (looked at ${(0, node_path_1.join)(dir, 'data', 'missing.csv')})`,
        });
    });
    it('accepts a spec whose reference files exist', async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'ref.csv'), 'x,c\n1,a\n');
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), specs_1.MINIMAL.replace("version: '1'", "version: '1'\n    reference: { file: ref.csv }"));
        await expect((0, load_1.loadSpecFile)((0, node_path_1.join)(dir, 'spec.yaml'))).resolves.toMatchObject({ baseDir: dir });
    });
    it('throws SpecReadError for a file that cannot be read', async () => {
        await expect((0, load_1.loadSpecFile)((0, node_path_1.join)(dir, 'nope.yaml'))).rejects.toThrow(load_1.SpecReadError);
        await expect((0, load_1.loadSpecFile)(dir)).rejects.toThrow(`cannot read spec file '${dir}': it is a directory`);
        await expect((0, load_1.loadSpecFile)((0, node_path_1.join)(dir, 'nope.yaml'), { label: 'nope.yaml' })).rejects.toThrow("cannot read spec file 'nope.yaml': the file does not exist");
    });
});
//# sourceMappingURL=load.test.js.map