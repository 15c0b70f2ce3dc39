/**
 * The extractor's version, recorded on every stored article and Article node. Bump it with every change
 * to segmentation, extraction or resolution that changes the graph: `npm run rebuild` (or
 * POST /api/rebuild) then re-reads the store with the new rules.
 */
export const EXTRACTOR_VERSION = 2;
