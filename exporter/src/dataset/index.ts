/**
 * Streaming readers for reference and current data files, and the pairing of their columns for drift tests.
 * May import: stats.
 */
export { readDataset, formatOf, type DataFormat } from './readDataset';
export type { Dataset, ReadOptions } from './dataset';
export { DatasetError, formatDatasetMessage, type DataLocation } from './datasetError';
export { DISTINCT_LIMIT, type ColumnData, type ColumnType } from './columnAccumulator';
export { pairColumns, inferType, type FeaturePair } from './pairColumns';
export type { RowColumn } from './rowCells';
