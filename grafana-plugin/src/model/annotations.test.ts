import { toDataFrame } from '@grafana/data';
import { readAnnotations } from './annotations';

describe('readAnnotations', () => {
  it('reads points and regions in time order, skipping rows without a time', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'time', values: [300, 100, null] },
        { name: 'timeEnd', values: [300, 200, 5] },
        { name: 'text', values: ['retrained fraud v8', 'incident: <script>x</script>', 'no time'] },
        { name: 'color', values: ['red', '', 'blue'] },
      ],
    });
    expect(readAnnotations([frame])).toEqual([
      { time: 100, timeEnd: 200, text: 'incident: <script>x</script>', color: '' },
      { time: 300, timeEnd: 300, text: 'retrained fraud v8', color: 'red' },
    ]);
  });

  it('accepts no annotations', () => {
    expect(readAnnotations(undefined)).toEqual([]);
    expect(readAnnotations([toDataFrame({ fields: [{ name: 'text', values: ['x'] }] })])).toEqual([]);
  });
});
