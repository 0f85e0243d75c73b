"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.substitute = substitute;
exports.dashboardQueries = dashboardQueries;
/** Replaces `$name` and `${name}` of each variable (longest names first). */
function substitute(expr, vars) {
    let out = expr;
    for (const name of Object.keys(vars).sort((a, b) => b.length - a.length)) {
        out = out
            .split(`\${${name}}`)
            .join(vars[name])
            .split(`$${name}`)
            .join(vars[name]);
    }
    return out;
}
function dashboardQueries(dashboard, vars) {
    const out = [];
    const panels = (dashboard.panels ?? []);
    for (const p of panels) {
        for (const t of (p.targets ?? [])) {
            if (t.expr !== undefined)
                out.push({ where: `${dashboard.uid} panel '${p.title ?? ''}'`, expr: substitute(t.expr, vars) });
        }
    }
    for (const a of (dashboard.annotations?.list ?? [])) {
        if (a.expr !== undefined)
            out.push({ where: `${dashboard.uid} annotation '${a.name}'`, expr: substitute(a.expr, vars) });
    }
    for (const v of dashboard.templating?.list ?? []) {
        const definition = v.definition;
        const m = definition === undefined ? null : /^label_values\((.+), (\w+)\)$/.exec(definition);
        if (m !== null)
            out.push({
                where: `${dashboard.uid} variable '${v.name}'`,
                expr: substitute(m[1], vars),
                label: m[2],
            });
    }
    return out;
}
//# sourceMappingURL=dashboardQueries.js.map