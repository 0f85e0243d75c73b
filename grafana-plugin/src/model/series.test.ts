import { FieldType, toDataFrame } from '@grafana/data';
import { readContractSeries, seriesKey } from './series';

const score = (labels: Record<string, string>, times: number[], values: number[]) =>
  toDataFrame({
    refId: 'A',
    fields: [
      { name: 'Time', type: FieldType.time, values: times },
      { name: 'Value', type: FieldType.number, labels, values },
    ],
  });

describe('readContractSeries', () => {
  it('reads a time series frame by its __name__ label and drops __name__ from the labels', () => {
    const [s] = readContractSeries([
      score({ __name__: 'mlhealth_node_score', node: 'a', tier: 'base' }, [1, 2], [0.9, 0.8]),
    ]);
    expect(s.metric).toBe('mlhealth_node_score');
    expect(s.labels).toEqual({ node: 'a', tier: 'base' });
    expect(s.times).toEqual([1, 2]);
    expect(s.values).toEqual([0.9, 0.8]);
    expect(s.source).toEqual({ frameIndex: 0, fieldIndex: 1, rowIndex: 1 });
  });

  it('reads a table frame row by row, one series per label set', () => {
    const table = toDataFrame({
      refId: 'D',
      fields: [
        { name: 'Time', type: FieldType.time, values: [5, 5] },
        { name: '__name__', type: FieldType.string, values: ['mlhealth_node_status', 'mlhealth_node_status'] },
        { name: 'node', type: FieldType.string, values: ['a', 'b'] },
        { name: 'model', type: FieldType.string, values: ['', 'fraud'] },
        { name: 'Value #D', type: FieldType.number, values: [2, 0] },
      ],
    });
    const series = readContractSeries([table]);
    expect(series.map((s) => [s.labels, s.values])).toEqual([
      [{ node: 'a' }, [2]],
      [{ node: 'b', model: 'fraud' }, [0]],
    ]);
    expect(series[1].source.rowIndex).toBe(1);
  });

  it('finds the metric in the executed query when an aggregation dropped __name__', () => {
    const frame = score({ node: 'a' }, [1], [0.5]);
    frame.meta = { executedQueryString: 'Expr: max by (node) (mlhealth_node_score)\nStep: 15s' };
    expect(readContractSeries([frame])[0].metric).toBe('mlhealth_node_score');
  });

  it('ignores series outside the contract and frames without a time field', () => {
    const other = score({ __name__: 'mlhealth_node_score_total', node: 'a' }, [1], [1]);
    const noTime = toDataFrame({
      fields: [{ name: 'Value', type: FieldType.number, values: [1], labels: { __name__: 'mlhealth_node_score' } }],
    });
    expect(readContractSeries([other, noTime])).toEqual([]);
  });

  it('merges the same series from two queries in time order, the later duplicate winning', () => {
    const labels = { __name__: 'mlhealth_node_score', node: 'a' };
    const [s] = readContractSeries([score(labels, [3, 1], [0.3, 0.1]), score(labels, [2, 3], [0.2, 0.33])]);
    expect(s.times).toEqual([1, 2, 3]);
    expect(s.values).toEqual([0.1, 0.2, 0.33]);
  });

  it('turns NaN and missing values into gaps (null), not zeros', () => {
    const [s] = readContractSeries([score({ __name__: 'mlhealth_node_score', node: 'a' }, [1, 2], [NaN, 0.4])]);
    expect(s.values).toEqual([null, 0.4]);
  });

  it('keys series by metric and sorted labels', () => {
    expect(seriesKey('m', { b: '2', a: '1' })).toBe('m{a="1",b="2"}');
  });
});
