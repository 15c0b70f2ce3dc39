/**
 * The properties of every label and relationship type, and the provenance every statement carries, as zod
 * schemas: the TypeScript types are inferred from them (model/schema.ts re-exports the types), the loader
 * validates graph documents with them (model/graph.ts), and the OpenAPI document is generated from them.
 */
import { z } from 'zod';
import {
  CONCEPT_CATEGORIES,
  CONCEPT_SCOPES,
  INITIATIVE_KINDS,
  ORG_KINDS,
  PARTNER_KINDS,
  PLACE_LEVELS,
  POST_STATUSES,
  type NodeLabel,
  type ProvenanceLabel,
  type ProvenanceRelType,
  type RelType,
} from './schema';

const offset = z.number().int().min(0);
/** The index of the item (feature, 本报讯 short item, caption …) of the article page; -1 when no one item holds it. */
const itemIndex = z
  .number()
  .int()
  .min(-1)
  .describe('Index of the item within the article page; -1 when no one item holds the sentence');

/**
 * Where a fact was read: the article, the sentence (verbatim, as in the article's normalised text),
 * its character offsets in that text, and the surface form read (FtM's Mention).
 */
export const EvidenceSchema = z.object({
  article: z.string().min(1),
  item: itemIndex,
  sentence: z.string(),
  start: offset.describe('Offset of the sentence in Article.text: text.slice(start, end) === sentence'),
  end: offset,
  surface: z.string().describe('The exact string read for this fact in the sentence (a name, a title phrase …)'),
});

/** Properties every node and relationship of a graph document carries, so every statement stays traceable. */
export const ProvenanceSchema = z.object({
  articles: z.array(z.string()).describe('Ids of the articles this was read from, sorted'),
  evidence: z.array(EvidenceSchema),
});

export const ArticleItemSchema = z.object({
  index: offset,
  kind: z
    .enum(['feature', 'brief', 'caption', 'credits'])
    .describe("'brief' is 本报讯, 'caption' ▲, 'credits' 本版策划 …"),
  title: z.string(),
  start: offset,
  end: offset,
});

const name = z.string().min(1);
const aliases = z.array(z.string());
const county = z.string().optional().describe('The county-level place this is read under, when known');

/**
 * Derived properties: never read from a graph document's meaning, but computed by the loader after every
 * load and every removal of articles (pipeline/load/derive.ts), so that views read them instead of
 * walking the graph per request. A document may leave them out; a value it carries is recomputed.
 */
const derivedCounty = {
  inCounty: z
    .string()
    .optional()
    .describe(
      'Derived: the nearest county-level Place up the LOCATED_IN / PART_OF chain (itself for a county), else `county`',
    ),
};
const derivedIncidence = {
  counties: z
    .array(z.string())
    .optional()
    .describe('Derived: the counties (inCounty) of everything that RUNS it, sorted and distinct'),
  countyCount: z.number().int().min(0).optional().describe('Derived: the number of counties'),
  countyRunners: z
    .array(z.number().int().min(0))
    .optional()
    .describe('Derived: how many distinct runners it has in each of `counties`, in the same order'),
};
/** The names of the derived properties, per label that carries them. */
export const DERIVED_PROPERTIES = {
  Person: Object.keys(derivedCounty),
  Organization: Object.keys(derivedCounty),
  Place: Object.keys(derivedCounty),
  Initiative: Object.keys(derivedIncidence),
  Mechanism: Object.keys(derivedIncidence),
} as const satisfies Partial<Record<NodeLabel, readonly string[]>>;

const concept = {
  name,
  aliases,
  scope: z.enum(CONCEPT_SCOPES),
  category: z.enum(CONCEPT_CATEGORIES).optional(),
  county,
  ...derivedIncidence,
};

export const NODE_PROPERTIES = {
  Article: z.object({
    name,
    title: z.string(),
    text: z.string(),
    items: z.array(ArticleItemSchema),
    source: z.string(),
    // From the article store (pipeline/jobs): the publication day, the metadata it was stored with, and
    // the extractor that read it (pipeline/extract/version.ts).
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe('Publication date, YYYY-MM-DD'),
    url: z.string().optional(),
    outlet: z.string().optional(),
    county: z.string().optional().describe('The county the article is about, as given when it was stored'),
    extractorVersion: z.number().int().min(1).optional(),
  }),
  Person: z.object({ name, aliases, county, ...derivedCounty }),
  Organization: z.object({ name, aliases, kind: z.enum(ORG_KINDS), county, ...derivedCounty }),
  Place: z.object({ name, aliases, level: z.enum(PLACE_LEVELS), county, ...derivedCounty }),
  Initiative: z.object({ ...concept, kind: z.enum(INITIATIVE_KINDS) }),
  Mechanism: z.object({ ...concept, code: z.string().optional().describe('The number of a numbered system (“3456”)') }),
} satisfies Record<NodeLabel, z.ZodObject>;

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'a date is YYYY, YYYY-MM or YYYY-MM-DD' });

export const REL_PROPERTIES = {
  /** A post is a relationship with attributes (FtM Directorship): room for dates. */
  HOLDS_POST: z.object({
    title: z.string().min(1),
    status: z.enum(POST_STATUSES).optional(),
    startDate: date.optional(),
    endDate: date.optional(),
    /** The earliest and latest publication date of the dated articles it was read in (its asOf range). */
    firstSeen: date.optional(),
    lastSeen: date.optional(),
  }),
  /** A newspaper credit (记者, 通讯员, 责编, 校对 …): who made the article, not a post. */
  CREDITED: z.object({ role: z.string().min(1) }),
  LOCATED_IN: z.object({}),
  PART_OF: z.object({
    order: z.number().int().min(1).optional().describe('Position of a component within its mechanism, when numbered'),
    role: z.string().optional(),
  }),
  RUNS: z.object({ verb: z.string().optional() }),
  PARTNERS_WITH: z.object({ kind: z.enum(PARTNER_KINDS) }),
  MENTIONS: z.object({ count: z.number().int().min(1) }),
} satisfies Record<RelType, z.ZodObject>;

/** Provenance in the database: start/end index Article.text; item as in Evidence. */
export const PROVENANCE_NODE_PROPERTIES = {
  Sentence: z.object({ article: z.string(), item: itemIndex, start: offset, end: offset, text: z.string() }),
} satisfies Record<ProvenanceLabel, z.ZodObject>;

export const PROVENANCE_REL_PROPERTIES = {
  HAS_SENTENCE: z.object({}),
  /** surface as read; start/end: its offsets in the article's text (-1 when the surface is not verbatim). */
  MENTIONED_IN: z.object({ surface: z.string(), start: z.number().int(), end: z.number().int() }),
} satisfies Record<ProvenanceRelType, z.ZodObject>;

/**
 * How a relationship of the domain keeps its provenance in the database: Neo4j relationships cannot
 * point at nodes, so it lists its sentence ids, with the surface read in each at the same position.
 */
export const StoredRelProvenanceSchema = z.object({
  articles: z.array(z.string()),
  sentences: z.array(z.string()),
  surfaces: z.array(z.string()),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type ArticleItem = z.infer<typeof ArticleItemSchema>;
export type NodePropertiesByLabel = { [L in NodeLabel]: z.infer<(typeof NODE_PROPERTIES)[L]> };
export type RelPropertiesByType = { [T in RelType]: z.infer<(typeof REL_PROPERTIES)[T]> };
export type ProvenancePropertiesByLabel = { [L in ProvenanceLabel]: z.infer<(typeof PROVENANCE_NODE_PROPERTIES)[L]> };
export type ProvenanceRelPropertiesByType = {
  [T in ProvenanceRelType]: z.infer<(typeof PROVENANCE_REL_PROPERTIES)[T]>;
};
export type StoredRelProvenance = z.infer<typeof StoredRelProvenanceSchema>;
