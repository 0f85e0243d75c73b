/** The rules as a Prometheus Operator `PrometheusRule` manifest, for Kubernetes users. */
import type { Spec } from '../spec/types';
import { slugify } from './links';
import type { RuleFile } from './rules/types';

/** Kubernetes object name for the spec's rules: `mlhealth-<spec name>`, DNS-1123, at most 63 characters. */
export function prometheusRuleName(spec: Spec): string {
  const slug = slugify(spec.name).slice(0, 54).replace(/-+$/, '');
  return slug === 'mlhealth' || slug.startsWith('mlhealth-') ? slug : `mlhealth-${slug}`;
}

export function prometheusRuleManifest(spec: Spec, rules: RuleFile): Record<string, unknown> {
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
