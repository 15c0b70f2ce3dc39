/**
 * A generated graph shaped like a province's news, for scripts/bench-scale.ts. Deterministic (seeded):
 * - places: the real gazetteer (pipeline/knowledge/divisions*.tsv) in code order, whole provinces first,
 *   so the tree has its real fan-out (a county's townships, a township's villages);
 * - organizations located in villages and townships, some PART_OF others; people holding posts in them;
 * - initiatives and mechanisms run in a long-tailed number of counties (most in one or two, a few in
 *   dozens), which is what shared-initiatives ranks;
 * - articles about one county each, whose sentences are the evidence of what they mention.
 * Of every node count asked for, about 40 % are sentences, 20 % places, 14 % people, 12 % bodies,
 * 12 % initiatives and mechanisms and 2 % articles, close to the extracted corpus (graph-data/).
 */
import fs from 'node:fs';
import type { Evidence, GraphDocument, GraphNode, GraphRelationship, NodeLabel, RelType } from '../../model';
import {
  DIVISIONS_FILE,
  parseDivisionRow,
  parseVillageRow,
  VILLAGES_FILE,
} from '../../pipeline/knowledge/gazetteer-format';

/** Deterministic pseudo-random numbers (a linear congruential generator), so every run builds the same graph. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const TITLES = ['党支部书记', '村委会主任', '党委书记', '镇长', '副书记', '委员', '网格员', '社区主任'];
const ORG_SUFFIXES = ['党支部', '村民委员会', '党群服务中心', '综治中心', '志愿服务队', '合作社'];
const INITIATIVE_SUFFIXES = ['工程', '行动', '驿站', '议事会', '服务站', '工作室'];

/** The share of every node count of each kind (sentences are the rest). */
const SHARE = { Article: 0.02, Place: 0.2, Organization: 0.12, Person: 0.14, Initiative: 0.08, Mechanism: 0.04 };
const SENTENCE_LENGTH = 60;

interface Place {
  code: string;
  parent: string;
  name: string;
}

/** The first `count` divisions of the gazetteer in code order (a parent's code sorts before its children's). */
function gazetteerPlaces(count: number): Place[] {
  const rows: Place[] = [];
  const read = (file: string) => fs.readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean);
  for (const line of read(DIVISIONS_FILE)) rows.push(parseDivisionRow(line));
  for (const line of read(VILLAGES_FILE)) {
    const { township, villages } = parseVillageRow(line);
    for (const v of villages) rows.push({ code: v.code, parent: township, name: v.name });
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : 1));
  const kept = new Set<string>();
  const out: Place[] = [];
  for (const row of rows) {
    if (out.length >= count) break;
    if (row.parent && !kept.has(row.parent)) continue;
    kept.add(row.code);
    out.push(row);
  }
  return out;
}

function levelOf(place: Place): GraphNode<'Place'>['properties']['level'] {
  const levels = { 2: 'province', 4: 'city', 6: 'county', 9: 'township' } as const;
  return levels[place.code.length as 2 | 4 | 6 | 9] ?? (place.name.endsWith('社区') ? 'community' : 'village');
}

export interface ScaleGraph {
  doc: GraphDocument;
  /** Article ids in the order they were generated (an incremental load takes the last ones). */
  articles: string[];
  /** County names and ids, for who-leads requests. */
  counties: { id: string; name: string }[];
}

export function generateScaleGraph(totalNodes: number, seed = 7): ScaleGraph {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  const word = (n: number) => Array.from({ length: n }, () => HAN[int(HAN.length)]!).join('');
  const count = (label: keyof typeof SHARE) =>
    Math.max(label === 'Article' ? 10 : 5, Math.round(totalNodes * SHARE[label]));

  const places = gazetteerPlaces(count('Place'));
  const placeId = (code: string) => `place:${code}`;
  const countyOf = new Map<string, string>();
  for (const p of places) {
    const county = p.code.length === 6 ? p.code : p.code.length > 6 ? countyOf.get(p.parent) : undefined;
    if (county) countyOf.set(p.code, county);
  }
  const counties = places.filter((p) => p.code.length === 6);
  // Per county: its articles, and the ids of the places and bodies in it (candidate runners).
  const articleCount = count('Article');
  const sentencesPerArticle = Math.max(
    5,
    Math.round(
      (totalNodes - Object.keys(SHARE).reduce((n, k) => n + count(k as keyof typeof SHARE), 0)) / articleCount,
    ),
  );
  const articleCounty = Array.from({ length: articleCount }, () => pick(counties).code);
  const articlesIn = new Map<string, number[]>();
  const listOf = <K, V>(map: Map<K, V[]>, key: K) => map.get(key) ?? map.set(key, []).get(key)!;
  articleCounty.forEach((c, i) => listOf(articlesIn, c).push(i));
  const sentenceText = (a: number, s: number) => {
    const r = random(seed + a * 7919 + s);
    return Array.from({ length: SENTENCE_LENGTH - 1 }, () => HAN[Math.floor(r() * HAN.length)]!).join('') + '。';
  };
  /** 1–2 sentences of articles about the county (any article when it has none), naming the surface. */
  const evidence = (county: string | undefined, surface: string): Evidence[] =>
    Array.from({ length: 1 + int(2) }, () => {
      const pool = (county && articlesIn.get(county)) || null;
      const a = pool ? pick(pool) : int(articleCount);
      const s = int(sentencesPerArticle);
      const start = s * SENTENCE_LENGTH;
      return {
        article: `a${a}`,
        item: 0,
        sentence: sentenceText(a, s),
        start,
        end: start + SENTENCE_LENGTH,
        surface,
      };
    });

  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const countyOfNode = new Map<string, string | undefined>();
  const node = (id: string, label: NodeLabel, county: string | undefined, props: Record<string, unknown>) => {
    const name = String(props.name);
    nodes.push({
      id,
      labels: [label],
      properties: { aliases: [], ...props, evidence: evidence(county, name) },
    } as unknown as GraphNode);
    countyOfNode.set(id, county);
  };
  const rel = (type: RelType, start: string, end: string, props: Record<string, unknown> = {}) =>
    relationships.push({
      id: `${type}:${relationships.length}`,
      type,
      start,
      end,
      properties: { ...props, evidence: evidence(countyOfNode.get(start), type) },
    } as unknown as GraphRelationship);

  for (const p of places) {
    node(placeId(p.code), 'Place', countyOf.get(p.code), { name: p.name, level: levelOf(p) });
    if (p.parent) rel('LOCATED_IN', placeId(p.code), placeId(p.parent));
  }
  const local = places.filter((p) => p.code.length >= 9);
  const runnersIn = new Map<string, string[]>();
  const addRunner = (county: string | undefined, id: string) => county && listOf(runnersIn, county).push(id);
  for (const p of places) addRunner(countyOf.get(p.code), placeId(p.code));
  const orgs: string[] = [];
  for (let i = 0; i < count('Organization'); i++) {
    const at = pick(local.length ? local : places);
    const id = `organization:${i}`;
    const county = countyOf.get(at.code);
    node(id, 'Organization', county, { name: `${at.name}${pick(ORG_SUFFIXES)}${i}`, kind: 'party_branch' });
    rel('LOCATED_IN', id, placeId(at.code));
    if (orgs.length && rnd() < 0.1) rel('PART_OF', id, pick(orgs));
    orgs.push(id);
    addRunner(county, id);
  }
  for (let i = 0; i < count('Person'); i++) {
    const id = `person:${i}`;
    const body = rnd() < 0.8 ? pick(orgs) : placeId(pick(local.length ? local : places).code);
    node(id, 'Person', countyOfNode.get(body), { name: `${pick([...SURNAMES])}${word(1 + int(2))}` });
    rel('HOLDS_POST', id, body, { title: pick(TITLES) });
    if (rnd() < 0.2) rel('HOLDS_POST', id, pick(orgs), { title: pick(TITLES) });
  }
  const withRunners = counties.filter((c) => runnersIn.get(c.code)?.length);
  const concepts = (label: 'Initiative' | 'Mechanism') => {
    const made: string[] = [];
    for (let i = 0; i < count(label); i++) {
      const id = `${label.toLowerCase()}:${i}`;
      const home = pick(withRunners);
      const name =
        label === 'Initiative' ? `${word(2)}${pick(INITIATIVE_SUFFIXES)}${i}` : `${1 + int(9)}+${word(2)}工作法${i}`;
      node(id, label, home.code, {
        name,
        scope: 'local',
        ...(label === 'Initiative' ? { kind: pick(['brand', 'programme', 'activity', 'platform'] as const) } : {}),
      });
      // A long tail: the number of counties is 1/u for u uniform (P(k) ∝ 1/k²), at most every county.
      const spread = Math.min(withRunners.length, Math.floor(1 / Math.max(rnd(), 1e-6)));
      const ran = new Set([home, ...Array.from({ length: spread - 1 }, () => pick(withRunners))]);
      for (const c of ran) rel('RUNS', pick(runnersIn.get(c.code)!), id);
      if (label === 'Mechanism' && made.length && rnd() < 0.25) rel('PART_OF', id, pick(made), { order: 1 + int(6) });
      made.push(id);
    }
  };
  concepts('Initiative');
  concepts('Mechanism');

  // Articles: their text is their sentences; each mentions what its sentences name (MENTIONS).
  const articles = Array.from({ length: articleCount }, (_, a): GraphNode => {
    const text = Array.from({ length: sentencesPerArticle }, (_, s) => sentenceText(a, s)).join('');
    return {
      id: `article:a${a}`,
      labels: ['Article'],
      properties: {
        name: `某县报道${a}`,
        title: `某县报道${a}`,
        text,
        items: [{ index: 0, kind: 'feature', title: `某县报道${a}`, start: 0, end: text.length }],
        source: 'generated',
        articles: [`a${a}`],
      },
    } as unknown as GraphNode;
  });
  for (const n of nodes) {
    const byArticle = new Map<string, Evidence[]>();
    for (const e of n.properties.evidence ?? []) listOf(byArticle, e.article).push(e);
    for (const [a, ev] of byArticle)
      relationships.push({
        id: `MENTIONS:${a}:${n.id}`,
        type: 'MENTIONS',
        start: `article:${a}`,
        end: n.id,
        properties: { count: ev.length, evidence: ev },
      } as GraphRelationship);
  }
  return {
    doc: { format: 'govgraph/1', nodes: [...articles, ...nodes], relationships },
    articles: articles.map((a) => a.id.slice('article:'.length)),
    counties: counties.map((c) => ({ id: placeId(c.code), name: c.name })),
  };
}
