import React from 'react';
import { render, screen } from '@testing-library/react';
import { buildCascadeModel } from '../model/buildModel';
import { demoCascade } from '../testing/demoCascade';
import { DEMO_END_MS, DEMO_WINDOW } from '../testing/demoFrames';
import { promQueriesToFrames, type PromQuery } from '../testing/prometheusFrames';
import { cascadeQueries } from '../testing/syntheticCascade';
import { DetailsFacts } from './DetailsFacts';

const NODE = 'fraud.drift.amount';
const END_S = DEMO_END_MS / 1000;

/**
 * The demo's queries with `NODE` exported as a classifier node: its info names the statistic, and
 * `mlhealth_multivariate_feature_share` gives each feature's share (`shares`; null: no current sample).
 */
function modelWith(shares: Record<string, number | null>) {
  const queries: PromQuery[] = cascadeQueries(demoCascade(), DEMO_WINDOW).map((q) => {
    if (q.expr !== 'mlhealth_node_info') {
      return q;
    }
    const result = q.response.data.result.map((s) =>
      s.metric.node === NODE ? { ...s, metric: { ...s.metric, statistic: 'domain-classifier AUC' } } : s
    );
    return { ...q, response: { ...q.response, data: { ...q.response.data, result } } };
  });
  queries.push({
    refId: 'S',
    expr: 'mlhealth_multivariate_feature_share',
    stepSeconds: DEMO_WINDOW.stepSeconds,
    response: {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: Object.entries(shares).map(([feature, share]) => ({
          metric: { __name__: 'mlhealth_multivariate_feature_share', node: NODE, model: 'fraud', feature },
          // A share without a current sample ended an hour before the model's time.
          values: [[share === null ? END_S - 3600 : END_S, String(share ?? 0.5)]],
        })),
      },
    },
  });
  return buildCascadeModel(promQueriesToFrames(queries), { at: DEMO_END_MS });
}

describe('DetailsFacts of a multivariate classifier node', () => {
  it('names the statistic and the top separating features, largest first, never a stale one', () => {
    const model = modelWith({ amount: 0.1, country: 0.45, device: 0.05, hour: 0.28, merchant: 0.12, old: null });
    const node = model.byId.get(NODE)!;
    expect(node.statistic).toBe('domain-classifier AUC');
    expect(node.featureShares.map((f) => f.feature)).toEqual(['country', 'hour', 'merchant', 'amount', 'device']);
    render(<DetailsFacts node={node} at={DEMO_END_MS} impactUnit="currencyUSD" timeZone="utc" />);
    expect(screen.getByTestId('separating-features')).toHaveTextContent(
      /^country 45% · hour 28% · merchant 12% \(\+2 more\)$/
    );
    expect(screen.getByText(/\(domain-classifier AUC\)$/)).toBeInTheDocument();
  });

  it('shows no separating features for a node without shares', () => {
    const node = modelWith({}).byId.get(NODE)!;
    expect(node.featureShares).toEqual([]);
    render(<DetailsFacts node={node} at={DEMO_END_MS} impactUnit="currencyUSD" timeZone="utc" />);
    expect(screen.queryByTestId('separating-features')).toBeNull();
  });
});
