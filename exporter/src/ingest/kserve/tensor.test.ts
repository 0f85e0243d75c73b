/** Open Inference Protocol tensors: nested or flat row-major data, checked against the shape. */
import type { Problem } from '../../spec/problem';
import { readTensor, tensorRow } from './tensor';

describe('readTensor', () => {
  it('reads the protocol example both ways: nested like the shape and flat', () => {
    const nested = readTensor(
      {
        name: 'input0',
        shape: [2, 2],
        datatype: 'UINT32',
        data: [
          [1, 2],
          [4, 5],
        ],
      },
      'inputs[0]',
      [],
    );
    const flat = readTensor(
      { name: 'input0', shape: [2, 2], datatype: 'UINT32', data: [1, 2, 4, 5] },
      'inputs[0]',
      [],
    );
    expect(nested).toEqual({
      name: 'input0',
      shape: [2, 2],
      datatype: 'UINT32',
      values: [1, 2, 4, 5],
      rows: 2,
      width: 2,
    });
    expect(flat).toEqual(nested);
    expect(tensorRow(nested!, 1)).toEqual([4, 5]);
  });

  it('gives one value per row for a rank-1 tensor', () => {
    const t = readTensor(
      { name: 'predict', shape: [2], datatype: 'INT64', data: [1, 0], parameters: null },
      'outputs[0]',
      [],
    );
    expect(t).toMatchObject({ rows: 2, width: 1 });
    expect(tensorRow(t!, 1)).toBe(0);
  });

  it('names every broken part of a tensor', () => {
    const problems: Problem[] = [];
    expect(
      readTensor({ name: '', shape: [2, -1], datatype: 'FLOAT', data: 'x' }, 'inputs[1]', problems),
    ).toBeNull();
    expect(problems.map((p) => p.path)).toEqual([
      'inputs[1].name',
      'inputs[1].shape',
      'inputs[1].datatype',
      'inputs[1].data',
    ]);
  });

  it('refuses data that does not fill the shape, nests deeper than it, or is missing (binary extension)', () => {
    const problems: Problem[] = [];
    readTensor({ name: 'a', shape: [2, 4], datatype: 'FP32', data: [1, 2, 3] }, 'inputs[0]', problems);
    readTensor({ name: 'a', shape: [2], datatype: 'FP32', data: [[1], [2]] }, 'inputs[1]', problems);
    readTensor(
      { name: 'a', shape: [2], datatype: 'BYTES', parameters: { binary_data_size: 8 } },
      'inputs[2]',
      problems,
    );
    expect(problems).toEqual([
      { path: 'inputs[0].data', message: 'holds 3 elements, the shape [2, 4] says 8' },
      {
        path: 'inputs[1].data',
        message:
          'element 0 is an array: expected numbers, strings or booleans nested at most as deep as the shape',
      },
      {
        path: 'inputs[2].data',
        message: 'expected an array, got nothing (the binary tensor data extension is not supported)',
      },
    ]);
  });
});
