"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const issues_1 = require("./issues");
const parse_1 = require("./parse");
const specs_1 = require("./__fixtures__/specs");
/** The errors of `text` (which must be invalid). */
function errorsOf(text) {
    try {
        (0, parse_1.parseSpec)(text, 'spec.yaml');
    }
    catch (err) {
        if (err instanceof issues_1.SpecError)
            return err.issues;
        throw err;
    }
    throw new Error('expected the spec to be invalid');
}
/** Asserts one error with this path whose message contains `message`, at the position of `needle`. */
function expectError(issues, text, path, message, needle, occurrence = 1) {
    const found = issues.find((i) => i.path === path && i.message.includes(message));
    if (found === undefined) {
        throw new Error(`no error at ${path} containing "${message}"; got:\n${issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`);
    }
    expect({ line: found.line, column: found.column }).toEqual((0, specs_1.positionOf)(text, needle, occurrence));
    expect(found.file).toBe('spec.yaml');
    expect(found.severity).toBe('error');
}
const BROKEN = `api_version: mlhealth/v1
name: broken
version: 1.0.0
defaults:
  max_childs: 3
sources:
  - { id: prom, type: prometheus, url: 'http://prom:9090', timeout: 5x }
models:
  - id: fraud
    version: '3'
    task: classification
    features:
      - { name: amount, type: numeric, range: [0, 10000] }
      - { name: country, type: categorical, categories: [US, DE] }
nodes:
  - id: fraud.drift.amount
    tier: base
    model: fraud
    signal: { kind: feature_drift, feature: amont, method: psi }
    thresholds: { warning: 0.3, critical: 0.2 }
  - id: Fraud.Bad
    tier: base
    model: fraud
    signal: { kind: error_ratio }
    thresholds: { warning: 0.01, critical: 0.05 }
  - id: fraud.cpu
    tier: base
    signal: { kind: promql, source: prometheus, query: up }
    thresholds: { warning: 0.8, critical: 0.9, direction: higher_is_worse }
  - id: fraud.health
    tier: component
    model: fraud
    children: [fraud.drift.amount, fraud.missing, { node: fraud.cpu, weight: 0 }]
    rollup: { rule: k_of_n, k: 5 }
  - id: fraud.quality
    tier: component
    model: frod
    children: [fraud.drift.amount, fraud.quality.loop]
    rollup: { rule: worst_of }
    escalation: nobody
  - id: fraud.quality.loop
    tier: component
    children: [fraud.quality]
    rollup: { rule: worst_of }
  - id: revenue
    tier: business
    children: [fraud.cpu]
    rollup: { rule: worst_of }
  - id: orphan
    tier: business
    children: [revenue2]
    rollup: { rule: worst_of }
  - id: revenue2
    tier: business
    children: [orphan]
    rollup: { rule: worst_of }
  - id: fraud.drift.amount
    tier: base
    model: fraud
    signal: { kind: missing_ratio }
    thresholds: { warning: 0.01, critical: 0.05 }
teams:
  - id: fraud-ml
    receivers: [{ type: email, name: mail, to: fraud@example.com }]
escalation_policies:
  - id: oncall
    team: fraud-team
    levels: [{ severity: critical, receiver: mail, respond_within: 15m }]
  - id: oncall2
    team: fraud-ml
    levels: [{ severity: critical, receiver: pager, respond_within: 15m }]
`;
describe('parseSpec reports every problem at once, with file, line, column and path', () => {
    const issues = errorsOf(BROKEN);
    const text = BROKEN;
    it('finds all of them in one pass, sorted by position', () => {
        expect(issues.length).toBe(19);
        const positions = issues.map((i) => i.line * 1000 + i.column);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });
    it('unknown keys, with a suggestion', () => {
        expectError(issues, text, 'defaults.max_childs', "unknown key 'max_childs'; did you mean 'max_children'?", 'max_childs');
    });
    it('bad durations', () => {
        expectError(issues, text, 'sources[0].timeout', 'must be a duration like 30s', '5x');
    });
    it('features the model does not declare', () => {
        expectError(issues, text, 'nodes[0].signal.feature', "model 'fraud' declares no feature 'amont'", 'amont');
    });
    it('thresholds on the wrong side for their direction', () => {
        expectError(issues, text, 'nodes[0].thresholds.warning', 'must be less severe than critical', '0.3');
    });
    it('node ids that are not lower-case dotted', () => {
        expectError(issues, text, 'nodes[1].id', 'must be a lower-case dotted node id', 'Fraud.Bad');
    });
    it('promql signals naming unknown sources', () => {
        expectError(issues, text, 'nodes[2].signal.source', "unknown source 'prometheus' (known: prom)", 'prometheus', 2);
    });
    it('weights that are not positive numbers', () => {
        expectError(issues, text, 'nodes[3].children[2].weight', 'must be > 0 (found 0)', '0 }]');
    });
    it('dangling children, models and escalation policies', () => {
        expectError(issues, text, 'nodes[3].children[1]', "unknown node 'fraud.missing'", 'fraud.missing');
        expectError(issues, text, 'nodes[4].model', "unknown model 'frod'", 'frod');
        expectError(issues, text, 'nodes[4].escalation', "unknown escalation policy 'nobody'", 'nobody');
        expectError(issues, text, 'nodes[6].children[0]', "a business node cannot have the base node 'fraud.cpu'", 'fraud.cpu]');
    });
    it('k_of_n with k above the number of children (checked although a weight was bad)', () => {
        expectError(issues, text, 'nodes[3].rollup.k', 'k is 5 but the node has only 3 children', '5 }\n  - id: fraud.quality\n');
    });
    it('cycles in the node graph, naming the cycle', () => {
        expectError(issues, text, 'nodes[4].children[1]', 'cycle in the node graph: fraud.quality -> fraud.quality.loop -> fraud.quality', 'fraud.quality.loop]');
        expectError(issues, text, 'nodes[7].children[0]', 'cycle in the node graph: orphan -> revenue2 -> orphan', 'revenue2]');
    });
    it('business nodes with no path to any base signal', () => {
        expectError(issues, text, 'nodes[7].children', "no path from 'orphan' down to any base signal", '[revenue2]');
        expectError(issues, text, 'nodes[8].children', "no path from 'revenue2' down to any base signal", '[orphan]');
    });
    it('duplicate ids', () => {
        expectError(issues, text, 'nodes[9].id', "duplicate node 'fraud.drift.amount' (first at nodes[0])", 'fraud.drift.amount', 4);
    });
    it('dangling teams and receivers', () => {
        expectError(issues, text, 'escalation_policies[0].team', "unknown team 'fraud-team' (known: fraud-ml)", 'fraud-team');
        expectError(issues, text, 'escalation_policies[1].levels[0].receiver', "team 'fraud-ml' has no receiver 'pager'", 'pager');
    });
    it('formats SpecError.message as file:line:col: path: message, one per line', () => {
        try {
            (0, parse_1.parseSpec)(BROKEN, 'spec.yaml');
        }
        catch (err) {
            const lines = err.message.split('\n');
            expect(lines).toHaveLength(issues.length);
            const at = (0, specs_1.positionOf)(text, 'max_childs');
            expect(lines).toContain(`spec.yaml:${at.line}:${at.column}: defaults.max_childs: unknown key 'max_childs'; did you mean 'max_children'?`);
        }
    });
});
describe('parseSpec rejects each class of error with its position', () => {
    const replace = (from, to) => {
        if (!specs_1.MINIMAL.includes(from))
            throw new Error(`fixture lacks '${from}'`);
        return specs_1.MINIMAL.replace(from, to);
    };
    it('YAML syntax errors', () => {
        const text = replace('rollup: { rule: worst_of }\n  - id: outcome', 'rollup: { rule: worst_of\n  - id: outcome');
        const [first] = errorsOf(text);
        expect(first?.message).toMatch(/^YAML: /);
        expect(first?.line).toBeGreaterThan(20);
    });
    it('unknown YAML aliases and several documents in one file', () => {
        const alias = replace('thresholds: { warning: 0.01, critical: 0.05 }', 'thresholds: *nope');
        expect(errorsOf(alias)).toEqual([
            expect.objectContaining({
                ...(0, specs_1.positionOf)(alias, '*nope'),
                message: expect.stringContaining('YAML: Unresolved alias'),
            }),
        ]);
        expect(errorsOf(`${specs_1.MINIMAL}---\nname: other\n`)[0]?.message).toContain('YAML: Source contains multiple documents');
    });
    it('accepts anchors, aliases and merge keys', () => {
        const text = replace('thresholds: { warning: 0.1, critical: 0.25 }', 'thresholds: &t { warning: 0.1, critical: 0.25 }').replace('thresholds: { warning: 0.01, critical: 0.05 }', 'thresholds: { <<: *t, critical: 0.3 }');
        expect((0, parse_1.parseSpec)(text, 'a.yaml').spec.nodes[1]?.thresholds).toEqual({
            warning: 0.1,
            critical: 0.3,
            direction: 'higher_is_worse',
        });
    });
    it('duplicate keys in one mapping', () => {
        const text = replace("version: '1'", "version: '1'\n    version: '2'");
        expect(errorsOf(text)[0]?.message).toContain('Map keys must be unique');
    });
    it('wrong types and enum values', () => {
        const text = replace('tier: component', 'tier: composite').replace('thresholds: { warning: 0.1,', 'thresholds: { warning: high,');
        const issues = errorsOf(text);
        expectError(issues, text, 'nodes[2].tier', 'must be one of: base, component, business (found "composite")', 'composite');
        expectError(issues, text, 'nodes[0].thresholds.warning', 'must be a number', 'high');
    });
    it('missing required keys', () => {
        const text = replace('    task: classification\n', '');
        expectError(errorsOf(text), text, 'models[0]', "missing required key 'task'", 'id: m');
    });
    it('unknown signal kinds, listing the known ones', () => {
        const text = replace('signal: { kind: error_ratio }', 'signal: { kind: errors }');
        expectError(errorsOf(text), text, 'nodes[1].signal.kind', 'must be one of: feature_drift, drift_share', 'errors }');
    });
    it('keys that belong to another signal kind', () => {
        const text = replace('signal: { kind: error_ratio }', 'signal: { kind: error_ratio, feature: x }');
        expectError(errorsOf(text), text, 'nodes[1].signal.feature', "unknown key 'feature'", 'feature: x }');
    });
    it('NaN and infinite numbers', () => {
        const text = replace('critical: 0.05 }', 'critical: .nan }');
        expectError(errorsOf(text), text, 'nodes[1].thresholds.critical', 'must be a number', '.nan');
    });
    it('k_of_n with k larger than the number of children', () => {
        const text = replace('rollup: { rule: worst_of }\n  - id: outcome', 'rollup: { rule: k_of_n, k: 3 }\n  - id: outcome');
        expectError(errorsOf(text), text, 'nodes[2].rollup.k', 'k is 3 but the node has only 2 children', '3 }');
    });
    it('base nodes with children, parents without a rollup, impact outside the business tier', () => {
        const text = replace('    thresholds: { warning: 0.01, critical: 0.05 }\n', '    thresholds: { warning: 0.01, critical: 0.05 }\n    children: [m.drift.x]\n').replace('    rollup: { rule: worst_of }\n  - id: outcome', '    impact: { measure: x, unit: u, exposure: { constant: 1 }, loss: { kind: linear, max_loss: 1 } }\n  - id: outcome');
        const issues = errorsOf(text);
        expectError(issues, text, 'nodes[1].children', 'a base node has no children', '[m.drift.x]');
        expectError(issues, text, 'nodes[2]', "a component node needs a 'rollup'", 'id: m.health');
        expectError(issues, text, 'nodes[2].impact', 'only business nodes have an impact model', '{ measure');
    });
    it('component nodes cannot roll up business nodes', () => {
        const text = replace('children: [m.drift.x, m.errors]', 'children: [m.drift.x, outcome]');
        expectError(errorsOf(text), text, 'nodes[2].children[1]', "a component node cannot have the business node 'outcome'", 'outcome]');
    });
    it('base nodes without thresholds, and derive-only thresholds without kind defaults', () => {
        const text = replace('    thresholds: { warning: 0.1, critical: 0.25 }\n', '').replace('thresholds: { warning: 0.01, critical: 0.05 }', 'signal2: 1');
        const issues = errorsOf(text);
        expectError(issues, text, 'nodes[0]', "a base node needs 'thresholds'", 'id: m.drift.x');
        const derive = replace('signal: { kind: error_ratio }', 'signal: { kind: latency, stat: p99 }').replace('thresholds: { warning: 0.01, critical: 0.05 }', 'thresholds: { derive: { method: history_quantile } }');
        expectError(errorsOf(derive), derive, 'nodes[1].thresholds', 'latency signals have no default thresholds', '{ derive');
    });
    it('durations as thresholds only for nodes measured in seconds', () => {
        const text = replace('thresholds: { warning: 0.01, critical: 0.05 }', 'thresholds: { warning: 1h, critical: 2h }');
        expectError(errorsOf(text), text, 'nodes[1].thresholds.warning', "'1h' is a duration, but this node is measured in ratio", '1h');
    });
    it('an empty file and a document that is not a mapping', () => {
        expect(errorsOf('')[0]).toMatchObject({
            line: 1,
            column: 1,
            path: '',
            message: expect.stringContaining('the spec is empty'),
        });
        expect(errorsOf('- a\n- b\n')[0]).toMatchObject({
            line: 1,
            column: 1,
            message: expect.stringContaining('must be a mapping'),
        });
    });
    it('lists every problem of an element even when another element has a schema error', () => {
        const text = replace('children: [m.drift.x, m.errors]', 'children: [m.drift.x, m.nothing]').replace('tier: base\n    model: m\n    signal: { kind: error_ratio }', 'tier: bass\n    model: m\n    signal: { kind: error_ratio }');
        const issues = errorsOf(text);
        expectError(issues, text, 'nodes[1].tier', 'must be one of', 'bass');
        expectError(issues, text, 'nodes[2].children[1]', "unknown node 'm.nothing'", 'm.nothing');
    });
});
//# sourceMappingURL=parse.errors.test.js.map