/**
 * The nouns that say what a quoted name is in Chinese official writing: “…”工作体系 is a
 * mechanism, “…”党建品牌 a brand, “…”活动 an activity. Longest first.
 */
import type { InitiativeKind } from '../../model/schema';

export type ConceptType = { label: 'Mechanism' } | { label: 'Initiative'; kind: InitiativeKind };

const M: ConceptType = { label: 'Mechanism' };
const I = (kind: InitiativeKind): ConceptType => ({ label: 'Initiative', kind });

export const CONCEPT_TYPE_WORDS: ReadonlyArray<{ word: string; type: ConceptType }> = [
  { word: '工作体系', type: M },
  { word: '工作机制', type: M },
  { word: '工作法', type: M },
  { word: '体系', type: M },
  { word: '机制', type: M },
  { word: '模式', type: M },
  { word: '制度', type: M },
  { word: '品牌', type: I('brand') },
  { word: '计划', type: I('programme') },
  { word: '工程', type: I('programme') },
  { word: '目标', type: I('programme') },
  { word: '建设', type: I('programme') },
  { word: '行动', type: I('activity') },
  { word: '活动', type: I('activity') },
  { word: '平台', type: I('platform') },
  { word: '热线', type: I('platform') },
  { word: '智囊团', type: I('brand') },
  { word: '服务队', type: I('brand') },
  { word: '先锋队', type: I('brand') },
  { word: '服务团', type: I('brand') },
  { word: '宣讲团', type: I('brand') },
  { word: '轻骑兵', type: I('brand') },
  { word: '驿站', type: I('facility') },
  { word: '文化园', type: I('facility') },
  { word: '照料中心', type: I('facility') },
  { word: '服务中心', type: I('facility') },
  { word: '书屋', type: I('facility') },
  { word: '课堂', type: I('facility') },
  { word: '讲堂', type: I('facility') },
  { word: '议事会', type: I('facility') },
];

/**
 * Names that are themselves typed by their last word (“爱心驿站”, “便民热线”, “千万工程”,
 * “指尖党校”). 党校 types only a name ending in it: after a name it is a modifier (“…”党校阵地体系).
 */
export const SELF_TYPED_ENDINGS: ReadonlyArray<{ ending: string; type: ConceptType }> = [
  ...[
    '驿站',
    '热线',
    '工程',
    '计划',
    '课堂',
    '讲堂',
    '行动',
    '活动',
    '议事会',
    '工作法',
    '机制',
    '体系',
    '模式',
    '书屋',
  ].map((ending) => ({
    ending,
    type: CONCEPT_TYPE_WORDS.find((t) => ending.endsWith(t.word))!.type,
  })),
  { ending: '党校', type: I('facility') },
];

/** Numerals that open a numbered practice (“双报到”, “三会一课”, “四勤”). */
export const NUMERAL_CHARS = '一二两三四五六七八九十百千万双';
