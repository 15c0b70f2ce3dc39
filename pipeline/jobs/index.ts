/** Jobs over the article store: ingest, rebuild, removal, and keeping the graph in step with the store. */
export { ArticleJobs, isUnavailable, type JobsOptions, type UploadedFile } from './ingest-jobs';
export { BUNDLED_CORPUS, importCorpusIfEmpty } from './bundled-corpus';
export { documentFromStore, fingerprints, syncGraph, type SyncResult } from './store-graph';
