/** Grafana data links of a node, from the field its score (or status) series was read from. */
import type { DataFrame, LinkModel } from '@grafana/data';
import type { SeriesSource } from '../model/series';

/**
 * The data links Grafana computed for the source field (after `applyFieldOverrides`, fields have
 * `getLinks`), interpolated for the row of the node's newest sample, so `${__field.labels.node}` and
 * `${__field.labels.model}` (time series) or `${__data.fields.node}` (tables) name the node.
 */
export function nodeLinks(series: readonly DataFrame[], source: SeriesSource | null): Array<LinkModel<unknown>> {
  if (!source) {
    return [];
  }
  const field = series[source.frameIndex]?.fields[source.fieldIndex];
  return field?.getLinks?.({ valueRowIndex: source.rowIndex }) ?? [];
}

/**
 * The href of a data link when it may be followed: relative (a dashboard path) or http(s); never
 * `javascript:`, `data:` or another scheme, whatever a label interpolated into it. Never throws.
 *
 * @example followableHref('/d/mlhealth-model?var-node=a') // '/d/mlhealth-model?var-node=a'
 * @example followableHref('javascript:alert(1)') // null
 */
export function followableHref(href: string): string | null {
  const trimmed = href.trim();
  // Strip control characters and whitespace browsers ignore inside a scheme ("java\tscript:").
  const compact = trimmed.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  if (!scheme) {
    return compact.startsWith('//') ? null : trimmed;
  }
  const s = scheme[1].toLowerCase();
  return s === 'http' || s === 'https' ? trimmed : null;
}
