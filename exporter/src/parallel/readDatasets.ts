/**
 * Reads several data files at once, one per worker thread, or one after the other on this thread.
 * A file read on a thread comes back with its numeric columns in shared memory, so handing them to
 * other threads later (`runDriftTasks`) shares them instead of copying them.
 */
import { readDataset, type Dataset, type ReadOptions } from '../dataset';
import { reviveError, type ReadResult } from './jobs';
import type { WorkerPool } from './workerPool';

/** A file to read and how messages name it (`reference data/ref.csv`). */
export interface DataFile {
  path: string;
  source: string;
}

/**
 * The datasets of `files`, in order. With `pool` null they are read here one after the other; with a
 * pool, in parallel. Throws what `readDataset` throws (a `DatasetError` for bad input: the first bad
 * file in file order, either way) or, when a thread fails, an error naming the file.
 */
export async function readDatasets(
  files: readonly DataFile[],
  options: ReadOptions,
  pool: WorkerPool | null,
): Promise<Dataset[]> {
  if (pool === null) {
    const datasets: Dataset[] = [];
    for (const file of files) datasets.push(await readDataset(file.path, file.source, options));
    return datasets;
  }
  const results = await pool.run<ReadResult>(
    files.map((file) => ({
      label: `reading ${file.source}`,
      job: { kind: 'read', path: file.path, source: file.source, options },
    })),
  );
  return results.map((result, i) => {
    if (!result.ok) throw reviveError(result.error, `reading ${files[i].source}`);
    return result.dataset;
  });
}
