"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TEMPLATE_TEXT = void 0;
const names_1 = require("../../metrics/names");
/** The Go template function that formats a value of `unit` (see `goFormatValue` for its output). */
function formatterFor(unit) {
    if (unit === 'seconds')
        return 'humanizeDuration';
    if (unit === 'ratio')
        return 'humanizePercentage';
    return 'printf "%.4g"';
}
/** A query of one series of this alert's exporter, `then` applied to the first sample, `otherwise` without data. */
function firstOf(selector, then, otherwise) {
    return `{{ with printf \`${selector}\` $labels.instance | query }}${then}{{ else }}${otherwise}{{ end }}`;
}
exports.TEMPLATE_TEXT = {
    value: (node, unit) => firstOf(`${names_1.METRICS.nodeValue.name}{node="${node}",instance="%s"}`, `{{ . | first | value | ${formatterFor(unit)} }}`, 'n/a'),
    score: (node) => firstOf(`${names_1.METRICS.nodeScore.name}{node="${node}",instance="%s"}`, '{{ . | first | value | printf "%.2f" }}', 'n/a'),
    topContributor: (parent) => {
        const contribution = names_1.METRICS.nodeContribution.name;
        const next = `{{ with printf \`topk(1, ${contribution}{parent="%s",instance="%s"})\` $child $labels.instance | query }}` +
            `{{ with first . }}, mainly {{ .Labels.child }}{{ end }}{{ end }}`;
        return firstOf(`topk(1, ${contribution}{parent="${parent}",instance="%s"})`, `{{ with first . }}{{ $child := .Labels.child }}top contributor {{ $child }} ({{ .Value | humanizePercentage }} of the deficit)${next}{{ end }}`, 'no contribution reported');
    },
    impact: (node, measure, unit) => firstOf(`${names_1.METRICS.businessImpact.name}{node="${node}",measure="${measure}",instance="%s"}`, `{{ . | first | value | printf "%.2f" }} ${unit} at risk`, 'impact unknown'),
    instance: () => '{{ $labels.instance }}',
    unknownOrAbsent: (unknown, absent) => `{{ if eq $value 3.0 }}${unknown}{{ else }}${absent}{{ end }}`,
    valueAsDuration: () => '{{ $value | humanizeDuration }}',
    valueAsPercentage: () => '{{ $value | humanizePercentage }}',
};
//# sourceMappingURL=text.js.map