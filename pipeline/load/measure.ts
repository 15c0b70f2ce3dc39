/**
 * Measures load time against batch size on a generated graph shaped like an extracted one (articles,
 * people with posts, places in chains, initiatives, mechanisms with parts, MENTIONS, 1–3 evidence
 * entries each). It deletes what the project loaded in the target database between runs, so it asks
 * for NEO4J_URI (use the test server) and an explicit flag:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7688 npx tsx pipeline/load/measure.ts --clear-project-data [--entities 8000] [--sizes 100,500,1000,2000,5000]
 */
import { parseArgs } from 'node:util';
import type { Evidence, GraphDocument, GraphNode, GraphRelationship, NodeLabel } from '../../model';
import { openDatabase } from '../../db/database';
import { clearLoaded } from './remove';
import { loadGraph } from './load-graph';

/** Deterministic pseudo-random numbers, so every run measures the same graph. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

function generate(entities: number, seed = 7): GraphDocument {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const word = (n: number) => Array.from({ length: n }, () => pick([...HAN])).join('');
  const articleCount = Math.max(5, Math.round(entities / 40));
  const articles: GraphNode[] = Array.from({ length: articleCount }, (_, i) => {
    const text = word(4000);
    return {
      id: `article:${i}`,
      labels: ['Article'],
      properties: {
        name: `文章${i}`,
        title: `文章${i}`,
        text,
        items: [{ index: 0, kind: 'feature', title: `文章${i}`, start: 0, end: text.length }],
        source: 'generated',
      },
    };
  });
  const evidence = (surface: string): Evidence[] =>
    Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
      const start = Math.floor(rnd() * 3900);
      const sentence = `${word(20)}${surface}${word(40)}。`;
      return {
        article: `article:${Math.floor(rnd() * articleCount)}`,
        item: 0,
        sentence,
        start,
        end: start + sentence.length,
        surface,
      };
    });
  const LABELS: Exclude<NodeLabel, 'Article'>[] = [
    'Person',
    'Person',
    'Organization',
    'Organization',
    'Place',
    'Place',
    'Initiative',
    'Mechanism',
  ];
  const nodes: GraphNode[] = Array.from({ length: entities }, (_, i) => {
    const label = LABELS[i % LABELS.length]!;
    const name = `${word(2 + (i % 3))}${i}`;
    const extra =
      label === 'Place'
        ? { level: pick(['county', 'township', 'village'] as const) }
        : label === 'Organization'
          ? { kind: 'party_branch' }
          : label === 'Initiative'
            ? { kind: 'brand' }
            : {};
    return {
      id: `${label.toLowerCase()}:${i}`,
      labels: [label],
      properties: {
        name,
        aliases: [`${name}别名`],
        ...extra,
        evidence: evidence(name),
      } as unknown as GraphNode['properties'],
    };
  });
  const of = (label: NodeLabel) => nodes.filter((n) => n.labels[0] === label);
  const [people, orgs, places, inits, mechs] = (
    ['Person', 'Organization', 'Place', 'Initiative', 'Mechanism'] as const
  ).map(of) as GraphNode[][];
  const relationships: GraphRelationship[] = [];
  const rel = (
    type: GraphRelationship['type'],
    start: GraphNode,
    end: GraphNode,
    props: Record<string, unknown> = {},
  ) =>
    relationships.push({
      id: `${type}:${relationships.length}`,
      type,
      start: start.id,
      end: end.id,
      properties: { ...props, evidence: evidence('关系') } as GraphRelationship['properties'],
    });
  people!.forEach((p) => rel('HOLDS_POST', p, pick(orgs!), { title: '书记' }));
  orgs!.forEach((o) => rel('LOCATED_IN', o, pick(places!)));
  places!.forEach((p, i) => i > 0 && rel('LOCATED_IN', p, places![Math.floor(rnd() * i)]!));
  inits!.forEach((x) => [0, 1, 2].forEach(() => rel('RUNS', pick(places!), x)));
  mechs!.forEach((m, i) => i % 4 && rel('PART_OF', m, mechs![i - (i % 4)]!, { order: i % 4 }));
  for (const n of nodes) {
    for (const article of new Set((n.properties.evidence ?? []).map((e) => e.article))) {
      relationships.push({
        id: `MENTIONS:${article}:${n.id}`,
        type: 'MENTIONS',
        start: article,
        end: n.id,
        properties: { count: 1, evidence: (n.properties.evidence ?? []).filter((e) => e.article === article) },
      });
    }
  }
  return { format: 'govgraph/1', nodes: [...articles, ...nodes], relationships };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'clear-project-data': { type: 'boolean' },
      entities: { type: 'string', default: '8000' },
      sizes: { type: 'string', default: '100,500,1000,2000,5000' },
    },
  });
  if (!process.env.NEO4J_URI || !values['clear-project-data']) {
    throw new Error(
      'This deletes what the project loaded in the target database between runs: set NEO4J_URI (the test server) and pass --clear-project-data.',
    );
  }
  const doc = generate(Number(values.entities));
  const rows = doc.nodes.length + doc.relationships.length;
  console.log(`generated ${doc.nodes.length} nodes and ${doc.relationships.length} relationships (${rows} rows)`);
  const { driver, database } = await openDatabase();
  try {
    console.log('batch size | first load (s) | rows/s | reload, all unchanged (s)');
    for (const size of values.sizes.split(',').map(Number)) {
      await clearLoaded(driver, database, 5000);
      let t = Date.now();
      await loadGraph(driver, database, doc, { batchSize: size });
      const first = (Date.now() - t) / 1000;
      t = Date.now();
      await loadGraph(driver, database, doc, { batchSize: size });
      const reload = (Date.now() - t) / 1000;
      console.log(
        `${String(size).padStart(10)} | ${first.toFixed(1).padStart(14)} | ${String(Math.round(rows / first)).padStart(6)} | ${reload.toFixed(1).padStart(10)}`,
      );
    }
    await clearLoaded(driver, database, 5000);
  } finally {
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
