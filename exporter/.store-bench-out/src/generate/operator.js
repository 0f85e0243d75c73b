"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prometheusRuleName = prometheusRuleName;
exports.prometheusRuleManifest = prometheusRuleManifest;
const links_1 = require("./links");
/** Kubernetes object name for the spec's rules: `mlhealth-<spec name>`, DNS-1123, at most 63 characters. */
function prometheusRuleName(spec) {
    const slug = (0, links_1.slugify)(spec.name).slice(0, 54).replace(/-+$/, '');
    return slug === 'mlhealth' || slug.startsWith('mlhealth-') ? slug : `mlhealth-${slug}`;
}
function prometheusRuleManifest(spec, rules) {
    return {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: {
            name: prometheusRuleName(spec),
            labels: {
                'app.kubernetes.io/name': 'mlhealth',
                'app.kubernetes.io/part-of': 'mlhealth',
                role: 'alert-rules',
            },
            annotations: { 'mlhealth.io/spec-version': spec.version },
        },
        spec: rules,
    };
}
//# sourceMappingURL=operator.js.map