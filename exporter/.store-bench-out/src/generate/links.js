"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DASHBOARDS = void 0;
exports.slugify = slugify;
exports.dashboardUrl = dashboardUrl;
exports.dashboardUrlFor = dashboardUrlFor;
exports.DASHBOARDS = {
    executive: {
        uid: 'mlhealth-executive',
        title: 'Executive view',
        folder: 'executive',
        folderTitle: 'mlhealth · Executive',
    },
    engineering: {
        uid: 'mlhealth-engineering',
        title: 'Engineering view',
        folder: 'engineering',
        folderTitle: 'mlhealth · Engineering',
    },
    model: { uid: 'mlhealth-model', title: 'Model detail', folder: 'models', folderTitle: 'mlhealth · Models' },
};
/** Grafana's URL slug of a title: lower case, runs of other characters turned into one dash. */
function slugify(title) {
    return title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
}
/**
 * The URL of a dashboard with variables set, absolute when the spec gives `links.grafana_url`.
 * @example dashboardUrl(spec, 'model', { model: 'fraud' }) // 'http://localhost:3000/d/mlhealth-model/model-detail?var-model=fraud'
 */
function dashboardUrl(spec, key, vars) {
    const d = exports.DASHBOARDS[key];
    const base = (spec.links.grafana_url ?? '').replace(/\/+$/, '');
    const query = Object.entries(vars)
        .map(([k, v]) => `var-${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .join('&');
    return `${base}/d/${d.uid}/${slugify(d.title)}${query === '' ? '' : `?${query}`}`;
}
/** The drill-down of a node: the model detail view for base nodes, the engineering view for parents. */
function dashboardUrlFor(spec, node) {
    const vars = {};
    if (node.model !== undefined)
        vars.model = node.model;
    vars.node = node.id;
    return dashboardUrl(spec, node.tier === 'base' ? 'model' : 'engineering', vars);
}
//# sourceMappingURL=links.js.map