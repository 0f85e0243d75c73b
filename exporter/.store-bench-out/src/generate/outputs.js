"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateOutputs = generateOutputs;
/**
 * `generateOutputs`: every file `mlhealth generate` writes, as (relative path, content) pairs. Pure
 * and deterministic: the CLI writes or compares them; tests read them without touching the disk.
 */
const node_path_1 = require("node:path");
const alertmanager_1 = require("./alertmanager");
const catalogue_1 = require("./catalogue");
const context_1 = require("./context");
const dashboards_1 = require("./dashboards");
const deploy_1 = require("./deploy");
const operator_1 = require("./operator");
const provisioning_1 = require("./provisioning");
const ruleTests_1 = require("./ruleTests");
const rules_1 = require("./rules");
const yaml_1 = require("./yaml");
/**
 * All generated files of `spec`, sorted by path.
 *
 * @throws Error from the generators, naming the node, policy or receiver that cannot be rendered.
 * @example generateOutputs(spec, { prometheusOperator: false }).map((f) => f.path)[0] // 'dashboards/engineering/mlhealth-engineering.json'
 */
function generateOutputs(spec, options) {
    const ctx = (0, context_1.buildContext)(spec);
    const deploy = { ...(0, deploy_1.defaultDeployOptions)(spec), ...options.deploy };
    const header = (0, yaml_1.generatedHeader)(spec);
    const rules = (0, rules_1.generateRules)(ctx);
    const testToRules = node_path_1.posix.relative(node_path_1.posix.dirname(provisioning_1.OUTPUT_PATHS.ruleTests), provisioning_1.OUTPUT_PATHS.rules);
    const files = [
        { path: provisioning_1.OUTPUT_PATHS.rules, content: (0, yaml_1.toYaml)(rules, header) },
        {
            path: provisioning_1.OUTPUT_PATHS.ruleTests,
            content: (0, yaml_1.toYaml)((0, ruleTests_1.generateRuleTests)(ctx, testToRules), `${header}\nRun: promtool test rules ${provisioning_1.OUTPUT_PATHS.ruleTests}`),
        },
        { path: provisioning_1.OUTPUT_PATHS.prometheusConfig, content: (0, yaml_1.toYaml)((0, provisioning_1.prometheusConfig)(deploy), header) },
        { path: provisioning_1.OUTPUT_PATHS.alertmanager, content: (0, yaml_1.toYaml)((0, alertmanager_1.generateAlertmanagerConfig)(ctx), header) },
        { path: provisioning_1.OUTPUT_PATHS.grafanaDatasources, content: (0, yaml_1.toYaml)((0, provisioning_1.grafanaDatasources)(deploy), header) },
        { path: provisioning_1.OUTPUT_PATHS.grafanaDashboards, content: (0, yaml_1.toYaml)((0, provisioning_1.grafanaDashboardProviders)(deploy), header) },
        { path: provisioning_1.OUTPUT_PATHS.catalogue, content: (0, catalogue_1.generateCatalogue)(ctx) },
    ];
    const dashboards = (0, dashboards_1.generateDashboards)(ctx);
    for (const key of Object.keys(dashboards)) {
        files.push({ path: provisioning_1.OUTPUT_PATHS.dashboard(key), content: (0, yaml_1.toJson)(dashboards[key]) });
    }
    if (options.prometheusOperator) {
        files.push({
            path: provisioning_1.OUTPUT_PATHS.prometheusRule,
            content: (0, yaml_1.toYaml)((0, operator_1.prometheusRuleManifest)(spec, rules), header),
        });
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
//# sourceMappingURL=outputs.js.map