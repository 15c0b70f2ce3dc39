import type { Driver, Node, Relationship } from 'neo4j-driver';
import type { Evidence, GraphDocument } from '../../../model';
import { loadGraph } from '../../../pipeline/load';
import { toLuceneQuery } from '../../../db/fulltext';
import { toCypherParams } from '../../../db/records';
import { NotFoundError, QueryRefusedError, QueryTimeoutError, ValidationError } from '../../../server/errors';
import { QueryRunner } from '../../../server/repositories/query-runner';
import { testDriver } from '../../support/server';
import { emptyDatabase, readMini } from '../load/graph-helpers';
import { catalogue, library, nameOf, PARTS_OF_13612, runNamed, spec, TEST_LIMITS, textParameters } from './run-named';

const DB = process.env.NEO4J_DATABASE ?? 'neo4j';
const names = (nodes: unknown) => (nodes as unknown[]).map(nameOf);

describe('the query library files', () => {
  it('when the library is read, then it has every query the API and the README rely on', () => {
    expect(library.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        'search',
        'neighborhood',
        'shortest-path',
        'shared-initiatives',
        'who-leads',
        'posts-of',
        'leaders-by-county',
        'initiative-adopters',
        'mechanism-components',
        'evidence',
        'sentences-of',
      ]),
    );
  });

  it.each(library.map((q) => [q.name, q] as const))(
    'when %s is read, then it has both descriptions and declares exactly the parameters it uses',
    (_name, q) => {
      expect(q.description.en).not.toBe('');
      expect(q.description.zh).toMatch(/[\u4e00-\u9fff]/);
      const code = q.text.replace(/^\s*\/\/.*$/gm, '');
      const used = new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
      expect([...used].sort()).toEqual(q.parameters.map((p) => p.name).sort());
    },
  );
});

describe('library parameters', () => {
  it('when a parameter is unknown, then it is refused', () => {
    expect(() => textParameters('who-leads', { scope: '新绛县', depth: '2' })).toThrow(ValidationError);
  });

  it('when an integer parameter is not an integer, then it is refused', () => {
    expect(() => textParameters('neighborhood', { id: 'x', depth: 'two' })).toThrow(/depth must be a whole number/);
  });

  it('when a required parameter is missing, then the error says which', () => {
    expect(() => textParameters('who-leads', {})).toThrow(/scope is required/);
  });

  it('when the search text is empty, then it is refused', () => {
    expect(() => textParameters('search', { q: '  ' })).toThrow(/q must contain letters, digits or Chinese characters/);
  });

  it('when the query name is unknown, then it is a NotFoundError', () => {
    expect(() => catalogue.prepare('who-rules', {})).toThrow(NotFoundError);
  });

  it('when parameters are given, then they are typed by the header and defaults filled in', () => {
    const params = textParameters('neighborhood', { id: 'person:x', types: 'HOLDS_POST, RUNS' });
    expect(params).toEqual({ id: 'person:x', depth: 1, limit: 200, types: ['HOLDS_POST', 'RUNS'] });
  });

  it('when search gets user text, then it is converted to a Lucene query first', () => {
    expect(textParameters('search', { q: '志江' }).q).toBe(toLuceneQuery('志江'));
  });
});

describe('the read-only runner', () => {
  let driver: Driver;
  let runner: QueryRunner;
  beforeAll(() => {
    driver = testDriver();
    runner = new QueryRunner(driver, DB);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('when a query writes, then it is refused as a write and nothing is written', async () => {
    const write = runner.run("CREATE (:Probe {id: 'w'})", {}, { ...TEST_LIMITS, timeoutMs: 5000 });
    await expect(write).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(write).rejects.toMatchObject({ reason: 'write' });
    const { records } = await driver.executeQuery('MATCH (n:Probe) RETURN count(n) AS c');
    expect(records[0]!.get('c').toNumber()).toBe(0);
  });

  it('when a query runs past the timeout, then it is stopped with a QueryTimeoutError', async () => {
    await expect(
      runner.run(
        'UNWIND range(1, 100000000) AS i WITH i WHERE i < 0 RETURN count(*)',
        {},
        { ...TEST_LIMITS, timeoutMs: 200 },
      ),
    ).rejects.toBeInstanceOf(QueryTimeoutError);
  });

  it('when a query returns more rows than the cap, then the rows are cut and marked truncated', async () => {
    const result = await runner.run(
      'UNWIND range(1, 50) AS i RETURN i',
      {},
      { ...TEST_LIMITS, timeoutMs: 5000, maxRows: 7 },
    );
    expect(result).toMatchObject({ columns: ['i'], truncated: true });
    expect(result.rows).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => ({ i })));
  });
});

describe('the named queries on the mini graph', () => {
  let driver: Driver;
  const mini = readMini();

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    await loadGraph(driver, DB, mini);
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  describe('search', () => {
    it.each([
      ['宋志江', '宋志江'],
      ['志江', '宋志江'],
      ['萤火', '萤火微光'],
      ['13612', '13612工作体系'],
      ['szj', '宋志江'],
      ['songzhijiang', '宋志江'],
      ['双报到双服务', '双报到'],
    ])('when searching %s, then the first hit is %s', async (q, expected) => {
      const { columns, rows } = await runNamed(driver, 'search', { q });
      expect(columns).toEqual(['node', 'score']);
      expect(nameOf(rows[0]!.node)).toBe(expected);
      expect(typeof rows[0]!.score).toBe('number');
    });

    it('when labels are given, then only nodes with those labels are returned, best first', async () => {
      const { rows } = await runNamed(driver, 'search', { q: '张家沟村', labels: 'Place' });
      expect(rows.map((r) => (r.node as { labels: string[] }).labels)).toEqual(rows.map(() => ['Place']));
      expect(nameOf(rows[0]!.node)).toBe('张家沟村');
      const scores = rows.map((r) => r.score as number);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('when a limit is given, then no more hits are returned', async () => {
      expect((await runNamed(driver, 'search', { q: '党支部', limit: '2' })).rows).toHaveLength(2);
    });
  });

  describe('neighborhood', () => {
    it('when the node is unknown, then there is no row', async () => {
      expect((await runNamed(driver, 'neighborhood', { id: 'person:nobody' })).rows).toEqual([]);
    });

    it('when depth is 1, then the direct neighbours and the relationships to them are returned', async () => {
      const { columns, rows } = await runNamed(driver, 'neighborhood', { id: '宋志江' });
      expect(columns).toEqual(['center', 'nodes', 'relationships', 'truncated']);
      const [row] = rows;
      expect(nameOf(row!.center)).toBe('宋志江');
      expect(names(row!.nodes).sort()).toEqual(['凝心聚力建设“一城两区三门户”', '宋志江', '新绛县委'].sort());
      expect((row!.relationships as { type: string }[]).map((r) => r.type).sort()).toEqual(['HOLDS_POST', 'MENTIONS']);
      expect(row!.truncated).toBe(false);
    });

    it('when MENTIONED_IN is named in types, then the sentences that mention the node are its neighbours', async () => {
      const [row] = (await runNamed(driver, 'neighborhood', { id: 'person:宋志江', types: 'MENTIONED_IN' })).rows;
      const nodes = row!.nodes as { labels: string[]; properties: { text?: string } }[];
      expect(nodes.filter((n) => n.labels.includes('Sentence')).map((n) => n.properties.text)).toEqual([
        '”新绛县委书记宋志江在三泉镇调研时强调。',
      ]);
    });

    it('when depth is 2 and types are given, then only those relationships are followed', async () => {
      const [row] = (
        await runNamed(driver, 'neighborhood', { id: 'person:宋志江', depth: '2', types: 'HOLDS_POST,LOCATED_IN' })
      ).rows;
      expect(names(row!.nodes)).toEqual(['宋志江', '新绛县委', '新绛县']);
      expect((row!.relationships as { type: string }[]).map((r) => r.type)).toEqual(['HOLDS_POST', 'LOCATED_IN']);
    });

    it('when the neighbourhood exceeds the limit, then it is capped, marked truncated, and keeps only relationships between kept nodes', async () => {
      // Run without the plain-JSON conversion, which gives relationship ends as element ids.
      const q = spec('neighborhood');
      const { records } = await driver.executeQuery(
        q.text,
        toCypherParams(textParameters('neighborhood', { id: '004_4784d892d13116fc', limit: '4' })) as Record<
          string,
          unknown
        >,
      );
      const nodes = records[0]!.get('nodes') as Node[];
      expect(nodes.map((n) => n.properties.id as string)).toHaveLength(4);
      expect(nodes[0]!.properties.id).toBe('004_4784d892d13116fc');
      expect(records[0]!.get('truncated')).toBe(true);
      const kept = new Set(nodes.map((n) => n.elementId));
      const rels = records[0]!.get('relationships') as Relationship[];
      expect(rels).toHaveLength(3);
      for (const r of rels) expect([r.startNodeElementId, r.endNodeElementId].every((e) => kept.has(e))).toBe(true);
    });
  });

  describe('shortest-path', () => {
    it('when the two are connected, then a shortest path is returned that does not go through articles', async () => {
      const { columns, rows } = await runNamed(driver, 'shortest-path', { from: '宋志江', to: '吕天亮' });
      expect(columns).toEqual(['path']);
      const path = rows[0]!.path as { nodes: unknown[]; relationships: { type: string }[] };
      expect(names(path.nodes)).toEqual([
        '宋志江',
        '新绛县委',
        '新绛县',
        '双报到',
        '万荣县',
        expect.stringMatching(/^万荣县/),
        '吕天亮',
      ]);
      expect(path.relationships.map((r) => r.type)).not.toContain('MENTIONS');
    });

    it('when the only short connection runs through an article, then the path avoids it and is longer', async () => {
      const { rows } = await runNamed(driver, 'shortest-path', { from: '王刚安', to: '赵一澎', maxLength: '8' });
      expect((rows[0]!.path as { relationships: unknown[] }).relationships).toHaveLength(7);
    });

    it('when the path is longer than maxLength, then there is no row', async () => {
      expect((await runNamed(driver, 'shortest-path', { from: '王刚安', to: '赵一澎' })).rows).toEqual([]);
    });
  });

  describe('shared-initiatives', () => {
    it('when minCounties is 2, then 双报到 is returned with its four counties and how many run it in each', async () => {
      const { columns, rows } = await runNamed(driver, 'shared-initiatives');
      expect(columns).toEqual(['initiative', 'countyCount', 'counties', 'runnerCounts']);
      expect(rows.map((r) => [nameOf(r.initiative), r.countyCount])).toEqual([['双报到', 4]]);
      expect(rows[0]!.counties).toEqual(['万荣县', '临猗县', '平陆县', '新绛县']);
      expect(rows[0]!.runnerCounts).toEqual([1, 1, 1, 1]);
    });

    it('when minCounties is 1, then initiatives of one county follow, by name, with a runner whose county is only a property', async () => {
      const { rows } = await runNamed(driver, 'shared-initiatives', { minCounties: '1' });
      expect(rows.map((r) => [nameOf(r.initiative), r.countyCount])).toEqual([
        ['双报到', 4],
        ['13612工作体系', 1],
        ['小刘热线', 1],
        ['红色驿站', 1],
        ['萤火微光', 1],
      ]);
      expect((rows[2]!.counties as string[])[0]).toBe('临猗县');
    });
  });

  describe('who-leads', () => {
    it('when the scope is unknown, then there is no row', async () => {
      expect((await runNamed(driver, 'who-leads', { scope: '不存在县' })).rows).toEqual([]);
    });

    it('when the scope is a county, then the people in its bodies are returned with titles and the chain down to the body', async () => {
      const { columns, rows } = await runNamed(driver, 'who-leads', { scope: '新绛县' });
      expect(columns).toEqual(['scope', 'chain', 'person', 'post', 'title']);
      expect(rows.map((r) => [nameOf(r.person), r.title, names(r.chain)])).toEqual([
        ['宋志江', '县委书记', ['新绛县', '新绛县委']],
      ]);
      expect((rows[0]!.post as { type: string }).type).toBe('HOLDS_POST');
    });

    it('when the scope has townships and villages, then posts all the way down are returned, nearest first', async () => {
      const { rows } = await runNamed(driver, 'who-leads', { scope: 'place:平陆县' });
      expect(rows.map((r) => [nameOf(r.person), r.title, names(r.chain)])).toEqual([
        ['赵一澎', '组织委员', ['平陆县', '杜马乡', '杜马乡党委']],
        ['王刚安', '党支部书记', ['平陆县', '常乐镇', '张家沟村', '张家沟村党支部']],
        ['王刚安', '村委会主任', ['平陆县', '常乐镇', '张家沟村', '张家沟村村委会']],
      ]);
    });

    it('when the scope is the body itself, then the chain is just the scope', async () => {
      const { rows } = await runNamed(driver, 'who-leads', { scope: '万荣县政府' });
      expect(rows.map((r) => [nameOf(r.person), r.title, names(r.chain)])).toEqual([
        ['吕天亮', '县长', ['万荣县人民政府']],
      ]);
    });

    it('when a limit is given, then no more rows are returned', async () => {
      expect((await runNamed(driver, 'who-leads', { scope: '平陆县', limit: '1' })).rows).toHaveLength(1);
    });
  });

  it('posts-of: when a person holds two posts, then both are returned with their bodies and evidence', async () => {
    const { columns, rows } = await runNamed(driver, 'posts-of', { person: '吕天亮' });
    expect(columns).toEqual(['person', 'title', 'body', 'post', 'evidence']);
    expect(rows.map((r) => [r.title, nameOf(r.body)])).toEqual([
      ['县委副书记', '万荣县委'],
      ['县长', '万荣县人民政府'],
    ]);
    const evidence = rows[0]!.evidence as Evidence[];
    expect(evidence[0]!.sentence).toContain('万荣县委副书记、县长吕天亮');
    expect(evidence[0]).toEqual({
      article: expect.any(String),
      item: expect.any(Number),
      sentence: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
      surface: expect.any(String),
    });
  });

  it('leaders-by-county: when asked, then every named office holder is listed under the county of the body', async () => {
    const { columns, rows } = await runNamed(driver, 'leaders-by-county');
    expect(columns).toEqual(['county', 'person', 'title', 'body']);
    expect(rows.map((r) => [r.county, nameOf(r.person), r.title, nameOf(r.body)])).toEqual([
      ['万荣县', '吕天亮', '县长', '万荣县人民政府'],
      ['万荣县', '吕天亮', '县委副书记', '万荣县委'],
      ['临猗县', '刘凌凯', '党支部书记', '葫芦岛社区党支部'],
      ['平陆县', '王刚安', '党支部书记', '张家沟村党支部'],
      ['平陆县', '王刚安', '村委会主任', '张家沟村村委会'],
      ['平陆县', '赵一澎', '组织委员', '杜马乡党委'],
      ['新绛县', '宋志江', '县委书记', '新绛县委'],
    ]);
  });

  it('initiative-adopters: when an initiative is named by an alias, then its runners are listed by county with evidence', async () => {
    const { columns, rows } = await runNamed(driver, 'initiative-adopters', { initiative: '双报到双服务' });
    expect(columns).toEqual(['initiative', 'county', 'runner', 'rel', 'evidence']);
    expect(rows.map((r) => [r.county, nameOf(r.runner)])).toEqual([
      ['万荣县', '万荣县'],
      ['临猗县', '葫芦岛社区'],
      ['平陆县', '平陆县'],
      ['新绛县', '新绛县'],
    ]);
    expect((rows[0]!.evidence as Evidence[])[0]).toMatchObject({
      article: '003_28ca15bafef71758',
      surface: '压实了“双报到双服双责”责任',
    });
  });

  it('initiative-adopters: when a county is given, then only its runners are listed', async () => {
    const { rows } = await runNamed(driver, 'initiative-adopters', { initiative: '双报到', county: '临猗县' });
    expect(rows.map((r) => [r.county, nameOf(r.runner)])).toEqual([['临猗县', '葫芦岛社区']]);
  });

  it('mechanism-components: when the mechanism is named by its code, then its six parts come in order', async () => {
    const { columns, rows } = await runNamed(driver, 'mechanism-components', { mechanism: '13612' });
    expect(columns).toEqual(['mechanism', 'component', 'order', 'rel']);
    expect(rows.map((r) => [r.order, nameOf(r.component)])).toEqual(PARTS_OF_13612);
  });

  describe('sentences-of', () => {
    it('when the name is unknown, then there is no row', async () => {
      expect((await runNamed(driver, 'sentences-of', { name: '无此人' })).rows).toEqual([]);
    });

    it('when a person is named, then the sentences mentioning him come back with the surface at its offsets', async () => {
      const { columns, rows } = await runNamed(driver, 'sentences-of', { name: '宋志江' });
      expect(columns).toEqual(['entity', 'article', 'sentence', 'surface', 'surfaceStart', 'surfaceEnd', 'sentenceId']);
      expect(rows.map((r) => [r.entity, r.sentence, r.surface])).toEqual([
        ['person:宋志江', '”新绛县委书记宋志江在三泉镇调研时强调。', '宋志江'],
      ]);
      const text = (mini.nodes.find((n) => n.id === '001_726bcb775ee0b7d5')!.properties as { text: string }).text;
      expect(text.slice(rows[0]!.surfaceStart as number, rows[0]!.surfaceEnd as number)).toBe('宋志江');
    });

    it('when written as plain Cypher, then MENTIONED_IN gives the same sentence text', async () => {
      const { records } = await driver.executeQuery(
        "MATCH (:Person {name: '宋志江'})-[:MENTIONED_IN]->(s:Sentence) RETURN s.text AS text",
      );
      expect(records.map((r) => r.get('text'))).toEqual(['”新绛县委书记宋志江在三泉镇调研时强调。']);
    });

    it('when a sentence is searched by a word in the full-text index, then it is found', async () => {
      const { records } = await driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('sentence_text', '三泉镇调研') YIELD node RETURN node.text AS text",
      );
      expect(records.map((r) => r.get('text'))).toContain('”新绛县委书记宋志江在三泉镇调研时强调。');
    });
  });

  describe('evidence', () => {
    it('when the id is unknown, then there is no row', async () => {
      expect((await runNamed(driver, 'evidence', { id: 'nothing' })).rows).toEqual([]);
    });

    it('when the id is a node, then its sentences come back as columns that point into the article text', async () => {
      const { columns, rows } = await runNamed(driver, 'evidence', { id: 'person:宋志江' });
      expect(columns).toEqual(['article', 'item', 'sentence', 'start', 'end', 'surface']);
      const text = (mini.nodes.find((n) => n.id === '001_726bcb775ee0b7d5')!.properties as { text: string }).text;
      expect(rows).toEqual([
        {
          article: '001_726bcb775ee0b7d5',
          item: 0,
          sentence: '”新绛县委书记宋志江在三泉镇调研时强调。',
          start: expect.any(Number),
          end: expect.any(Number),
          surface: '宋志江',
        },
      ]);
      expect(text.slice(rows[0]!.start as number, rows[0]!.end as number)).toBe(rows[0]!.sentence);
    });

    it('when the id is a relationship, then its evidence is returned', async () => {
      const { rows } = await runNamed(driver, 'evidence', { id: 'holds_post:person:宋志江->org:新绛县委:县委书记' });
      expect(rows.map((r) => r.surface)).toEqual(['新绛县委书记宋志江']);
    });

    it('when a sentence holds quotes, backslashes and key-like text, then it comes back exactly', async () => {
      const tricky: Evidence = {
        article: 'article:tricky',
        item: 3,
        sentence: '他说："好","start":1}"} 路\\径\\"x',
        start: 7,
        end: 36,
        surface: '好"}',
      };
      const doc: GraphDocument = {
        format: 'govgraph/1',
        nodes: [
          {
            id: 'article:tricky',
            labels: ['Article'],
            properties: { name: 't', title: 't', text: '', items: [], source: 'test' },
          },
          { id: 'person:tricky', labels: ['Person'], properties: { name: '某某', aliases: [], evidence: [tricky] } },
        ],
        relationships: [],
      };
      await loadGraph(driver, DB, doc);
      expect((await runNamed(driver, 'evidence', { id: 'person:tricky' })).rows).toEqual([tricky]);
    });
  });
});
