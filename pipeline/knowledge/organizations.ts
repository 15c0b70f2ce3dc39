/**
 * Organisation suffixes and what kind of body each names. Longest suffixes first so that
 * 有限公司 wins over 公司 and 融媒体中心 over 中心.
 */
import type { OrgKind } from '../../model/schema';

export const ORG_SUFFIXES: ReadonlyArray<{ suffix: string; kind: OrgKind }> = [
  { suffix: '联合党支部', kind: 'party_branch' },
  { suffix: '党工委', kind: 'party_committee' },
  { suffix: '工委', kind: 'party_committee' },
  { suffix: '党委', kind: 'party_committee' },
  { suffix: '党总支', kind: 'party_branch' },
  { suffix: '党支部', kind: 'party_branch' },
  { suffix: '人民政府', kind: 'government' },
  { suffix: '政府', kind: 'government' },
  { suffix: '居委会', kind: 'government' },
  { suffix: '村委会', kind: 'government' },
  { suffix: '办事处', kind: 'government' },
  { suffix: '管委会', kind: 'other' },
  { suffix: '业委会', kind: 'other' },
  { suffix: '物管会', kind: 'other' },
  { suffix: '人大常委会', kind: 'government' },
  { suffix: '人大', kind: 'government' },
  { suffix: '团委', kind: 'association' },
  { suffix: '武装部', kind: 'agency' },
  { suffix: '政协', kind: 'agency' },
  { suffix: '纪委监委', kind: 'agency' },
  { suffix: '纪委', kind: 'agency' },
  { suffix: '监委', kind: 'agency' },
  { suffix: '政法委', kind: 'agency' },
  { suffix: '卫健委', kind: 'agency' },
  { suffix: '发改委', kind: 'agency' },
  { suffix: '工商联', kind: 'association' },
  { suffix: '妇联', kind: 'association' },
  { suffix: '残联', kind: 'association' },
  { suffix: '科协', kind: 'association' },
  { suffix: '委员会', kind: 'agency' },
  { suffix: '融媒体中心', kind: 'media' },
  { suffix: '报社', kind: 'media' },
  { suffix: '日报', kind: 'media' },
  { suffix: '电视台', kind: 'media' },
  { suffix: '综治中心', kind: 'agency' },
  { suffix: '中心', kind: 'agency' },
  { suffix: '总局', kind: 'agency' },
  { suffix: '局', kind: 'agency' },
  { suffix: '委办', kind: 'agency' },
  { suffix: '党建办', kind: 'agency' },
  { suffix: '组织部', kind: 'agency' },
  { suffix: '宣传部', kind: 'agency' },
  { suffix: '统战部', kind: 'agency' },
  { suffix: '文化馆', kind: 'agency' },
  { suffix: '纪念馆', kind: 'agency' },
  { suffix: '法院', kind: 'agency' },
  { suffix: '检察院', kind: 'agency' },
  { suffix: '医院', kind: 'agency' },
  { suffix: '专业合作社', kind: 'cooperative' },
  { suffix: '合作社', kind: 'cooperative' },
  { suffix: '有限公司', kind: 'company' },
  { suffix: '公司', kind: 'company' },
  { suffix: '农商银行', kind: 'company' },
  { suffix: '银行', kind: 'company' },
  { suffix: '总工会', kind: 'association' },
  { suffix: '联合会', kind: 'association' },
  { suffix: '协会', kind: 'association' },
  { suffix: '商会', kind: 'association' },
  { suffix: '党校', kind: 'school' },
  { suffix: '老年大学', kind: 'school' },
  { suffix: '大学', kind: 'school' },
  { suffix: '学院', kind: 'school' },
  { suffix: '中学', kind: 'school' },
  { suffix: '小学', kind: 'school' },
  { suffix: '学校', kind: 'school' },
];

/** Prefixes that make a different body of the same place (共青团平陆县委 is not 平陆县委). */
export const DISTINCT_BODY_PREFIXES: readonly string[] = ['共青团'];

/** Prefixes that only spell out the party (中共新绛县委 = 新绛县委): dropped from the canonical name. */
export const PARTY_PREFIXES: readonly string[] = ['中国共产党', '中共'];

/**
 * Level characters that abbreviate "this article's place of that level" before a body:
 * 县委 → the article's county committee, 市委 → its city's, 乡党委 → its township's.
 */
export const LEVEL_ABBREVIATIONS: Readonly<Record<string, 'city' | 'county' | 'township'>> = {
  市: 'city',
  县: 'county',
  区: 'county',
  乡: 'township',
  镇: 'township',
};
