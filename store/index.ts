/** The article store (DATA_DIR): below the pipeline and the server, which both read it; imports only model/. */
export { ArticleStore, DEFAULT_DATA_DIR, StoreError, articleIdFor, formatOf, type NewArticle } from './article-store';
export { JobStore, newJobId } from './job-store';
export { readJson, writeJsonAtomic } from './atomic';
