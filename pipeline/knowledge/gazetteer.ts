/**
 * Administrative gazetteer: generic public knowledge, not this corpus's data.
 * Shanxi's prefecture-level cities, Yuncheng's county-level divisions and their townships,
 * plus the province-level municipalities and the cities bordering Yuncheng (they appear in
 * regional news as "对岸的三门峡市" and must not be mistaken for Yuncheng places).
 *
 * Townships are stored as base names: 乡 and 镇 are reclassified often (a 乡 becomes a 镇),
 * and papers use either form, so the matcher accepts base + 乡/镇 (or 街道 where listed so).
 */
import type { PlaceLevel } from '../../model/schema';

export interface GazetteerEntry {
  name: string;
  level: PlaceLevel;
  /** Full names of the ancestors, top first (province, city, county). */
  parents: string[];
}

const PROVINCE = '山西省';

/** Shanxi's prefecture-level cities. */
const SHANXI_CITIES = ['太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市', '晋中市', '运城市', '忻州市', '临汾市', '吕梁市'];

/** Cities outside Shanxi that regional news names; kept without a province parent. */
const OTHER_CITIES = ['北京市', '天津市', '上海市', '重庆市', '三门峡市', '洛阳市', '渭南市', '西安市', '郑州市'];

/** Yuncheng's county-level divisions → township base names; `街道:` marks sub-district offices. */
const YUNCHENG_TOWNSHIPS: Record<string, { towns: string[]; subdistricts?: string[] }> = {
  盐湖区: {
    towns: ['解州', '北相', '龙居', '泓芝驿', '三路里', '陶村', '东郭', '上郭', '席张', '冯村', '金井', '王范', '上王'],
    subdistricts: ['中城', '北城', '南城', '东城', '西城', '安邑', '大渠', '姚孟'],
  },
  永济市: { towns: ['虞乡', '卿头', '开张', '栲栳', '蒲州', '韩阳', '张营'], subdistricts: ['城西', '城北', '城东'] },
  河津市: { towns: ['樊村', '僧楼', '柴家', '阳村', '小梁', '赵家庄', '下化'], subdistricts: ['城区', '清涧'] },
  临猗县: { towns: ['猗氏', '嵋阳', '临晋', '七级', '东张', '孙吉', '三管', '耽子', '牛杜', '楚侯', '庙上', '角杯', '北景', '北辛'] },
  万荣县: { towns: ['解店', '通化', '汉薛', '荣河', '万泉', '里望', '西村', '南张', '高村', '皇甫', '贾村', '王显', '光华', '裴庄'] },
  闻喜县: { towns: ['桐城', '郭家庄', '河底', '礼元', '东镇', '阳隅', '畖底', '薛店', '后宫', '凹底', '侯村'] },
  稷山县: { towns: ['稷峰', '西社', '化峪', '翟店', '清河', '蔡村', '太阳', '修善'] },
  新绛县: { towns: ['龙兴', '三泉', '泽掌', '北张', '古交', '万安', '阳王', '横桥'] },
  绛县: { towns: ['古绛', '横水', '陈村', '卫庄', '么里', '南樊', '安峪', '大交', '郝庄', '冷口'] },
  垣曲县: { towns: ['新城', '历山', '古城', '王茅', '毛家', '皋落', '英言', '解峪', '华峰', '长直', '蒲掌'] },
  夏县: { towns: ['瑶峰', '庙前', '裴介', '水头', '埝掌', '泗交', '禹王', '胡张', '南大里', '尉郭', '祁家河'] },
  平陆县: { towns: ['圣人涧', '常乐', '张店', '张村', '三门', '部官', '曹川', '洪池', '杜马', '坡底'] },
  芮城县: { towns: ['古魏', '风陵渡', '陌南', '西陌', '永乐', '大王', '阳城', '南卫', '东垆', '学张'] },
};

const YUNCHENG = '运城市';

export const TOWNSHIP_SUFFIXES = ['乡', '镇'] as const;

/** Every entry by its full name; a township base yields one entry per accepted suffix. */
function build(): Map<string, GazetteerEntry[]> {
  const byName = new Map<string, GazetteerEntry[]>();
  const add = (e: GazetteerEntry) => byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  add({ name: PROVINCE, level: 'province', parents: [] });
  for (const city of SHANXI_CITIES) add({ name: city, level: 'city', parents: [PROVINCE] });
  for (const city of OTHER_CITIES) add({ name: city, level: 'city', parents: [] });
  for (const [county, { towns, subdistricts = [] }] of Object.entries(YUNCHENG_TOWNSHIPS)) {
    const chain = [PROVINCE, YUNCHENG, county];
    add({ name: county, level: 'county', parents: chain.slice(0, 2) });
    for (const base of towns) {
      // A base that already ends in 镇 (东镇) is its own full name.
      const names = base.endsWith('镇') ? [base] : TOWNSHIP_SUFFIXES.map((s) => base + s);
      for (const name of names) add({ name, level: 'township', parents: chain });
    }
    for (const base of subdistricts) add({ name: `${base}街道`, level: 'township', parents: chain });
  }
  return byName;
}

export const GAZETTEER: ReadonlyMap<string, readonly GazetteerEntry[]> = build();

/** Longest gazetteer name first, so 运城市 wins over a shorter prefix. */
export const GAZETTEER_NAMES: readonly string[] = [...GAZETTEER.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** The county-level divisions of the gazetteer (their full names). */
export const COUNTIES: readonly string[] = [...GAZETTEER.values()].flat().filter((e) => e.level === 'county').map((e) => e.name);

/** A county's city: the one city every listed county belongs to. */
export function cityOf(county: string): string | undefined {
  return GAZETTEER.get(county)?.find((e) => e.level === 'county')?.parents[1];
}

