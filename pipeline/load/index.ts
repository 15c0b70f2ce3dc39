/** The loader's public face: what the CLI, `npm start` and the tests (unit, integration, e2e) use. */
export { LOADED_BY, type ProgressEvent } from './batches';
export { loadBundledGraphIfEmpty, type BundledLoad } from './bundled';
export { GraphDocumentError, LoadBatchError, type BatchRef } from './errors';
export { DEFAULT_BATCH_SIZE, loadGraph, type LoadOptions } from './load-graph';
export { BUNDLED_GRAPH, readGraphDocument } from './read-document';
export { clearLoaded } from './remove';
export { formatSummary, type LoadSummary, type Tally } from './summary';
export { validateGraphDocument } from './validate';
