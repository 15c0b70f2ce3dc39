/**
 * Captions for the property names and enumerated property values the details panel shows, so the
 * Chinese interface never shows a raw key (`county`, `kind`, `scope`). Place levels and
 * organisation kinds have their captions in the model (PLACE_LEVEL_CAPTION, ORG_KIND_CAPTION).
 */
import type { ConceptCategory, ConceptScope, InitiativeKind, PartnerKind, PostStatus } from '../../../model/schema';

type Caption = { zh: string; en: string };

export const PROPERTY_CAPTION = {
  aliases: { zh: '别名', en: 'aliases' },
  county: { zh: '所属县(市、区)', en: 'county' },
  kind: { zh: '类型', en: 'kind' },
  level: { zh: '级别', en: 'level' },
  scope: { zh: '层级', en: 'scope' },
  category: { zh: '类别', en: 'category' },
  code: { zh: '简称', en: 'code' },
  source: { zh: '来源', en: 'source' },
  title: { zh: '职务/标题', en: 'title' },
  status: { zh: '状态', en: 'status' },
  startDate: { zh: '起始日期', en: 'start date' },
  endDate: { zh: '终止日期', en: 'end date' },
  firstSeen: { zh: '最早见报', en: 'first reported' },
  lastSeen: { zh: '最近见报', en: 'last reported' },
  date: { zh: '日期', en: 'date' },
  url: { zh: '网址', en: 'URL' },
  outlet: { zh: '媒体', en: 'outlet' },
  surface: { zh: '原文写法', en: 'as written' },
  sentence: { zh: '原句', en: 'sentence' },
  article: { zh: '文章', en: 'article' },
  name: { zh: '名称', en: 'name' },
  extractorVersion: { zh: '抽取器版本', en: 'extractor version' },
  inCounty: { zh: '所在县(市、区)', en: 'in county' },
  // The columns of the library queries (cypher/queries/*.cypher RETURN … AS …).
  person: { zh: '人物', en: 'person' },
  body: { zh: '机构', en: 'body' },
  post: { zh: '职务关系', en: 'post' },
  evidence: { zh: '依据', en: 'evidence' },
  initiative: { zh: '举措', en: 'initiative' },
  countyCount: { zh: '县数', en: 'counties' },
  counties: { zh: '各县', en: 'counties' },
  runners: { zh: '开展主体', en: 'runners' },
  runner: { zh: '开展主体', en: 'runner' },
  rel: { zh: '关系', en: 'relationship' },
  chain: { zh: '层级链', en: 'chain' },
  path: { zh: '路径', en: 'path' },
  node: { zh: '节点', en: 'node' },
  score: { zh: '相关度', en: 'score' },
  item: { zh: '条目', en: 'item' },
  start: { zh: '起始位置', en: 'start' },
  end: { zh: '结束位置', en: 'end' },
  mechanism: { zh: '工作机制', en: 'mechanism' },
  component: { zh: '组成部分', en: 'component' },
  neighbour: { zh: '邻居', en: 'neighbour' },
  relationship: { zh: '关系', en: 'relationship' },
  entity: { zh: '实体', en: 'entity' },
  center: { zh: '中心节点', en: 'centre' },
  nodes: { zh: '节点', en: 'nodes' },
  rels: { zh: '关系', en: 'relationships' },
  reached: { zh: '到达', en: 'reached' },
  role: { zh: '角色', en: 'role' },
  order: { zh: '序号', en: 'order' },
  verb: { zh: '动词', en: 'verb' },
  count: { zh: '次数', en: 'count' },
} as const satisfies Record<string, Caption>;

export type PropertyName = keyof typeof PROPERTY_CAPTION;

export function isPropertyName(key: string): key is PropertyName {
  return Object.prototype.hasOwnProperty.call(PROPERTY_CAPTION, key);
}

export const SCOPE_CAPTION: Record<ConceptScope, Caption> = {
  national: { zh: '全国性', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  'local-typical': { zh: '地方典型', en: 'local (typical)' },
  local: { zh: '地方创新', en: 'local' },
};

export const CATEGORY_CAPTION: Record<ConceptCategory, Caption> = {
  facility: { zh: '阵地设施', en: 'facility' },
  mechanism: { zh: '工作机制', en: 'mechanism' },
  campaign: { zh: '专项行动', en: 'campaign' },
  activity: { zh: '活动', en: 'activity' },
  organisation_form: { zh: '组织形式', en: 'organisation form' },
};

export const STATUS_CAPTION: Record<PostStatus, Caption> = {
  current: { zh: '现任', en: 'current' },
  former: { zh: '原任', en: 'former' },
  proposed: { zh: '拟任', en: 'proposed' },
};

export const INITIATIVE_KIND_CAPTION: Record<InitiativeKind, Caption> = {
  brand: { zh: '品牌', en: 'brand' },
  programme: { zh: '工程/计划', en: 'programme' },
  activity: { zh: '活动', en: 'activity' },
  platform: { zh: '平台', en: 'platform' },
  facility: { zh: '阵地设施', en: 'facility' },
};

export const PARTNER_KIND_CAPTION: Record<PartnerKind, Caption> = {
  joint_building: { zh: '联建共建', en: 'joint building' },
  pairing: { zh: '结对', en: 'pairing' },
  co_organiser: { zh: '共同主办', en: 'co-organiser' },
};

/** The caption table for the values of a property, where its values are enumerated. */
export function valueCaptions(key: string, labelOrType: string): Record<string, Caption> | null {
  if (key === 'scope') return SCOPE_CAPTION;
  if (key === 'category') return CATEGORY_CAPTION;
  if (key === 'status') return STATUS_CAPTION;
  if (key === 'kind' && labelOrType === 'Initiative') return INITIATIVE_KIND_CAPTION;
  if (key === 'kind' && labelOrType === 'PARTNERS_WITH') return PARTNER_KIND_CAPTION;
  return null;
}
