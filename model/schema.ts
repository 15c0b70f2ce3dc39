/**
 * The ontology, declared once. Extractor, loader, Cypher schema checks, API validation,
 * the client's legend and colours all derive from these tuples and records.
 */

export const NODE_LABELS = ['Article', 'Person', 'Organization', 'Place', 'Initiative', 'Mechanism'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'HOLDS_POST',
  'CREDITED',
  'LOCATED_IN',
  'PART_OF',
  'RUNS',
  'PARTNERS_WITH',
  'MENTIONS',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const ORG_KINDS = [
  'party_committee', // 县委, 乡党委, 党工委
  'party_branch', // 党支部, 党总支
  'government', // 县政府, 乡政府, 居委会, 村委会
  'agency', // 局, 办, 中心, 部 (组织部, 宣传部 …)
  'cooperative', // 合作社
  'company', // 公司, 企业
  'association', // 协会, 联合会, 商会
  'school', // 学校, 学院
  'media', // 报社, 日报, 融媒体中心
  'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Administrative levels, top to bottom; county includes county-level 市 and 区, township includes 乡/镇/街道. */
export const PLACE_LEVELS = ['province', 'city', 'county', 'township', 'village', 'community', 'neighborhood'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** The levels a bare level character may stand for before a body (省委, 市委, 县委, 乡党委: the article's own). */
export const ABBREVIATED_LEVELS = ['province', 'city', 'county', 'township'] as const satisfies readonly PlaceLevel[];
export type AbbreviatedLevel = (typeof ABBREVIATED_LEVELS)[number];
/** How deep a level sits, top 0: a village and a community are the same depth, a 小区 lies below both. */
export const PLACE_LEVEL_RANK: Record<PlaceLevel, number> = {
  province: 0,
  city: 1,
  county: 2,
  township: 3,
  village: 4,
  community: 4,
  neighborhood: 5,
};

export const INITIATIVE_KINDS = ['brand', 'programme', 'activity', 'platform', 'facility'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** A post read as held now (default), held before (曾任, 原…), or proposed (拟任, 候选人). */
export const POST_STATUSES = ['current', 'former', 'proposed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/**
 * Where a practice comes from, so national campaigns can be told from local innovations:
 * national / provincial vocabulary and local forms common to many provinces come from the
 * governance thesaurus (pipeline/knowledge/thesaurus.yaml); any other name is a local brand.
 */
export const CONCEPT_SCOPES = ['national', 'provincial', 'local-typical', 'local'] as const;
export type ConceptScope = (typeof CONCEPT_SCOPES)[number];

/** What a thesaurus practice is (local brands have no category). */
export const CONCEPT_CATEGORIES = ['facility', 'mechanism', 'campaign', 'activity', 'organisation_form'] as const;
export type ConceptCategory = (typeof CONCEPT_CATEGORIES)[number];

export const PARTNER_KINDS = ['joint_building', 'pairing', 'co_organiser'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Types of a library query's parameters; `fulltext` is the user's search text, made a Lucene query by the server. */
export const QUERY_PARAMETER_TYPES = ['string', 'fulltext', 'integer', 'float', 'boolean', 'string[]'] as const;
export type QueryParameterType = (typeof QUERY_PARAMETER_TYPES)[number];

// The property types are inferred from the zod schemas of model/properties.ts (type-only: no zod in the client).
export type {
  ArticleItem,
  Evidence,
  NodePropertiesByLabel,
  Provenance,
  ProvenancePropertiesByLabel,
  ProvenanceRelPropertiesByType,
  RelPropertiesByType,
  StoredRelProvenance,
} from './properties';

/** Which labels a relationship type may join (start → end). Checked by the extractor's export and the loader. */
export const REL_ENDPOINTS: Record<RelType, { start: readonly NodeLabel[]; end: readonly NodeLabel[] }> = {
  HOLDS_POST: { start: ['Person'], end: ['Organization', 'Place'] },
  CREDITED: { start: ['Person'], end: ['Article'] },
  LOCATED_IN: { start: ['Organization', 'Place', 'Initiative'], end: ['Place'] },
  PART_OF: { start: ['Organization', 'Mechanism', 'Initiative'], end: ['Organization', 'Mechanism', 'Initiative'] },
  RUNS: { start: ['Organization', 'Place', 'Person'], end: ['Initiative', 'Mechanism'] },
  PARTNERS_WITH: { start: ['Organization', 'Place'], end: ['Organization', 'Place'] },
  MENTIONS: { start: ['Article'], end: ['Person', 'Organization', 'Place', 'Initiative', 'Mechanism'] },
};

/** Whether a `type` relationship may join a `start` node to an `end` node: the one check of REL_ENDPOINTS. */
export function joinsAllowed(type: RelType, start: NodeLabel, end: NodeLabel): boolean {
  const allowed = REL_ENDPOINTS[type];
  return allowed.start.includes(start) && allowed.end.includes(end);
}

/**
 * Provenance as part of the graph: every evidence sentence is stored once, as a Sentence node of its
 * article, and entities link to the sentences that mention them. Not part of a graph document (the
 * extractor writes `evidence`); pipeline/export/provenance.ts derives them when a document is loaded.
 */
export const PROVENANCE_LABELS = ['Sentence'] as const;
export type ProvenanceLabel = (typeof PROVENANCE_LABELS)[number];

export const PROVENANCE_REL_TYPES = ['HAS_SENTENCE', 'MENTIONED_IN'] as const;
export type ProvenanceRelType = (typeof PROVENANCE_REL_TYPES)[number];

/** Every label and relationship type the database holds: the domain's and provenance's. */
export const STORED_LABELS = [...NODE_LABELS, ...PROVENANCE_LABELS] as const;
export const STORED_REL_TYPES = [...REL_TYPES, ...PROVENANCE_REL_TYPES] as const;

/** `sentence:<article>/<start>`: the start offset is stable for the same article text, and unique in it. */
export const sentenceId = (article: string, start: number) => `sentence:${article}/${start}`;

export const PROVENANCE_REL_ENDPOINTS: Record<
  ProvenanceRelType,
  { start: readonly NodeLabel[]; end: readonly ProvenanceLabel[] }
> = {
  HAS_SENTENCE: { start: ['Article'], end: ['Sentence'] },
  MENTIONED_IN: { start: ['Person', 'Organization', 'Place', 'Initiative', 'Mechanism'], end: ['Sentence'] },
};

export interface LabelStyle {
  color: string;
  /** sigma node program to draw it with (see client/graph). */
  shape: 'circle' | 'square' | 'diamond' | 'triangle';
  caption: { zh: string; en: string };
}

/** Colours chosen to stay distinguishable for common colour-vision deficiencies (Okabe–Ito palette). */
export const LABEL_STYLE: Record<NodeLabel, LabelStyle> = {
  Article: { color: '#999999', shape: 'square', caption: { zh: '文章', en: 'Article' } },
  Person: { color: '#E69F00', shape: 'circle', caption: { zh: '人物', en: 'Person' } },
  Organization: { color: '#0072B2', shape: 'square', caption: { zh: '组织机构', en: 'Organization' } },
  Place: { color: '#009E73', shape: 'triangle', caption: { zh: '地点', en: 'Place' } },
  Initiative: { color: '#CC79A7', shape: 'diamond', caption: { zh: '品牌举措', en: 'Initiative' } },
  Mechanism: { color: '#D55E00', shape: 'diamond', caption: { zh: '工作机制', en: 'Mechanism' } },
};

export const REL_CAPTION: Record<RelType, { zh: string; en: string }> = {
  HOLDS_POST: { zh: '任职', en: 'holds post' },
  CREDITED: { zh: '署名', en: 'credited' },
  LOCATED_IN: { zh: '位于', en: 'located in' },
  PART_OF: { zh: '隶属/组成', en: 'part of' },
  RUNS: { zh: '开展', en: 'runs' },
  PARTNERS_WITH: { zh: '共建', en: 'partners with' },
  MENTIONS: { zh: '提及', en: 'mentions' },
};

export const PLACE_LEVEL_CAPTION: Record<PlaceLevel, { zh: string; en: string }> = {
  province: { zh: '省', en: 'province' },
  city: { zh: '市', en: 'city' },
  county: { zh: '县(市、区)', en: 'county' },
  township: { zh: '乡镇(街道)', en: 'township' },
  village: { zh: '村', en: 'village' },
  community: { zh: '社区', en: 'community' },
  neighborhood: { zh: '小区', en: 'neighbourhood' },
};

export const ORG_KIND_CAPTION: Record<OrgKind, { zh: string; en: string }> = {
  party_committee: { zh: '党委', en: 'party committee' },
  party_branch: { zh: '党支部', en: 'party branch' },
  government: { zh: '政府/自治组织', en: 'government body' },
  agency: { zh: '部门', en: 'agency' },
  cooperative: { zh: '合作社', en: 'cooperative' },
  company: { zh: '企业', en: 'company' },
  association: { zh: '协会', en: 'association' },
  school: { zh: '学校', en: 'school' },
  media: { zh: '媒体', en: 'media' },
  other: { zh: '其他', en: 'other' },
};

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelType(value: string): value is RelType {
  return (REL_TYPES as readonly string[]).includes(value);
}
