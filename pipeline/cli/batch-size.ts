/** The `--batch-size N` option both database commands take. */
import { DEFAULT_BATCH_SIZE } from '../load';

/** The rows per transaction given (the loader's default when absent), or undefined after printing why it is refused. */
export function batchSizeArg(value: string | undefined, usage: string): number | undefined {
  const batchSize = value === undefined ? DEFAULT_BATCH_SIZE : Number(value);
  if (Number.isInteger(batchSize) && batchSize >= 1) return batchSize;
  console.error(`--batch-size must be a positive integer, got ${value}\n\n${usage}`);
  return undefined;
}
