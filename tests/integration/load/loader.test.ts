import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { GraphDocument } from '../../../model';
import {
  clearLoaded,
  GraphDocumentError,
  LoadBatchError,
  loadBundledGraphIfEmpty,
  loadGraph,
  readGraphDocument,
} from '../../../pipeline/load';
import { testDriver } from '../../support/server';
import { storedProvenance } from '../../../pipeline/export/provenance';
import { pinyinKeys } from '../../../db/fulltext';
import { counts, emptyDatabase, MINI, onlyArticles, provenanceCounts, readMini, snapshot } from './graph-helpers';

const DB = process.env.NEO4J_DATABASE ?? 'neo4j';
const FIRST_HALF = ['000_41e29c0046eab186', '001_726bcb775ee0b7d5', '002_e13bbc1ca5954cd9'];
const SECOND_HALF = ['003_28ca15bafef71758', '004_4784d892d13116fc'];
const PINGLU = '004_4784d892d13116fc';

/** The fixture without one node and the relationships that touch it. */
function without(doc: GraphDocument, id: string): GraphDocument {
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => n.id !== id),
    relationships: doc.relationships.filter((r) => r.start !== id && r.end !== id),
  };
}

describe('loadGraph', () => {
  let driver: Driver;
  const mini = readMini();

  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(async () => {
    await emptyDatabase(driver);
  });
  afterAll(async () => {
    await emptyDatabase(driver);
    await driver.close();
  });

  describe('invalid input', () => {
    it('when the document has another format, then it is refused and nothing is written', async () => {
      await expect(loadGraph(driver, DB, { ...mini, format: 'other' } as unknown as GraphDocument)).rejects.toThrow(
        GraphDocumentError,
      );
      expect(await counts(driver)).toEqual({ nodes: 0, relationships: 0 });
    });

    it('when a relationship points at a node the document lacks, then the problem names it and nothing is written', async () => {
      const doc = {
        ...mini,
        relationships: [...mini.relationships, { ...mini.relationships[0]!, id: 'dangling', end: 'place:nowhere' }],
      };
      const err = await loadGraph(driver, DB, doc).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GraphDocumentError);
      expect((err as GraphDocumentError).problems).toEqual([expect.stringMatching(/dangling.*place:nowhere/)]);
      expect(await counts(driver)).toEqual({ nodes: 0, relationships: 0 });
    });

    it('when nodes have unknown labels, duplicate ids or no provenance, then every problem is listed', async () => {
      const person = mini.nodes.find((n) => n.id === 'person:宋志江')!;
      const doc = {
        ...mini,
        nodes: [
          ...mini.nodes,
          { ...person, id: 'x:1', labels: ['Spaceship'] },
          { ...person },
          { ...person, id: 'person:nobody', properties: { name: '无名', aliases: [] } },
        ],
      } as unknown as GraphDocument;
      const err = (await loadGraph(driver, DB, doc).catch((e: unknown) => e)) as GraphDocumentError;
      expect(err.problems).toEqual([
        expect.stringMatching(/x:1.*label/),
        expect.stringMatching(/person:宋志江.*duplicate/),
        expect.stringMatching(/person:nobody.*provenance/),
      ]);
    });

    it('when a relationship joins labels its type does not allow, then it is refused', async () => {
      const doc = {
        ...mini,
        relationships: [
          {
            ...mini.relationships.find((r) => r.type === 'HOLDS_POST')!,
            id: 'backwards',
            start: 'org:新绛县委',
            end: 'person:宋志江',
          },
        ],
      };
      await expect(loadGraph(driver, DB, doc)).rejects.toThrow(/HOLDS_POST cannot join Organization → Person/);
    });

    it('when the batch size is not a positive integer, then it is refused', async () => {
      await expect(loadGraph(driver, DB, mini, { batchSize: 0 })).rejects.toThrow(GraphDocumentError);
    });

    it('when the graph file is missing or not JSON, then the error names the file', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-load-'));
      const broken = path.join(dir, 'broken.json');
      fs.writeFileSync(broken, '{"format": "govgraph/1", "nodes": [');
      expect(() => readGraphDocument(path.join(dir, 'absent.json'))).toThrow(/absent\.json: no such file/);
      expect(() => readGraphDocument(broken)).toThrow(/broken\.json is not valid JSON/);
    });
  });

  it('when the graph is loaded, then every node and relationship is stored once, with its evidence as Sentence nodes and pinyin', async () => {
    const summary = await loadGraph(driver, DB, mini);
    expect(await counts(driver)).toEqual({ nodes: mini.nodes.length, relationships: mini.relationships.length });
    expect(summary.nodes.Person).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect(summary.relationships.HOLDS_POST).toEqual({ created: 7, updated: 0, unchanged: 0 });
    expect(summary.articles).toEqual([...FIRST_HALF, ...SECOND_HALF]);

    const stored = (await snapshot(driver)).nodes['person:宋志江']!.properties;
    expect(stored).toMatchObject({
      name: '宋志江',
      pinyin: 'songzhijiang',
      initials: 'szj',
      loadedBy: 'govgraph',
      articles: ['001_726bcb775ee0b7d5'],
    });
    expect(stored.evidence).toBeUndefined();
    const source = mini.nodes.find((n) => n.id === 'person:宋志江')!.properties.evidence!;
    const { records } = await driver.executeQuery(
      `MATCH (:Person {id: 'person:宋志江'})-[m:MENTIONED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(a:Article)
       RETURN s.article AS article, s.item AS item, s.text AS sentence, s.start AS start, s.end AS end, m.surface AS surface, a.text AS text, m.start AS at
       ORDER BY article, start, surface`,
    );
    const read = records.map((r) => ({
      article: r.get('article'),
      item: r.get('item').toNumber(),
      sentence: r.get('sentence'),
      start: r.get('start').toNumber(),
      end: r.get('end').toNumber(),
      surface: r.get('surface'),
    }));
    expect(read).toEqual(source);
    for (const r of records)
      expect((r.get('text') as string).slice(r.get('at').toNumber()).startsWith(r.get('surface'))).toBe(true);
  });

  it('when the graph is loaded, then each evidence sentence is one Sentence node of its Article, and relationships list their sentences', async () => {
    const summary = await loadGraph(driver, DB, mini);
    const expected = storedProvenance(mini);
    const mentions = [...expected.mentions.values()].flat().length;
    expect(await provenanceCounts(driver)).toEqual({
      sentences: expected.sentences.length,
      hasSentence: expected.sentences.length,
      mentionedIn: mentions,
    });
    expect(summary.nodes.Sentence).toEqual({ created: expected.sentences.length, updated: 0, unchanged: 0 });
    const distinct = new Set(
      [...mini.nodes, ...mini.relationships].flatMap((x) => (x.properties.evidence ?? []).map((e) => e.sentence)),
    );
    expect(expected.sentences.length).toBeGreaterThanOrEqual(distinct.size);
    const post = mini.relationships.find((r) => r.type === 'HOLDS_POST' && r.start === 'person:宋志江')!;
    const stored = (await snapshot(driver)).relationships[post.id]!.properties;
    expect(stored.evidence).toBeUndefined();
    expect(stored.sentences).toEqual(expected.relationships.get(post.id)!.sentences);
    expect((stored.surfaces as string[]).length).toBe((stored.sentences as string[]).length);
  });

  it('when the same graph is loaded twice, then the counts and the stored graph stay the same and the summary says unchanged', async () => {
    await loadGraph(driver, DB, mini);
    const before = await snapshot(driver);
    const again = await loadGraph(driver, DB, mini);
    expect(await snapshot(driver)).toEqual(before);
    expect(await counts(driver)).toEqual({ nodes: mini.nodes.length, relationships: mini.relationships.length });
    expect(again.nodes.Sentence?.created).toBe(0);
    expect(again.relationships.MENTIONED_IN?.created).toBe(0);
    for (const t of [...Object.values(again.nodes), ...Object.values(again.relationships)])
      expect(t).toMatchObject({ created: 0, updated: 0 });
  });

  it('when the corpus is loaded in two halves, then the graph equals the graph loaded at once', async () => {
    await loadGraph(driver, DB, mini);
    const atOnce = await snapshot(driver);

    await emptyDatabase(driver);
    await loadGraph(driver, DB, onlyArticles(mini, FIRST_HALF));
    const second = await loadGraph(driver, DB, onlyArticles(mini, SECOND_HALF));
    expect(await snapshot(driver)).toEqual(atOnce);
    // 双报到 was read in both halves: the second half merged its evidence into the existing node.
    expect(second.nodes.Initiative?.updated).toBeGreaterThanOrEqual(1);
    expect(atOnce.nodes['initiative:双报到']!.properties.articles).toHaveLength(4);
    expect(atOnce.nodes['initiative:双报到']!.properties.aliases).toEqual([
      '双报到、双服务',
      '双报到双服务',
      '双报到双服双责',
    ]);
  });

  it('when the halves are loaded in the other order, then the graph is the same too', async () => {
    await loadGraph(driver, DB, mini);
    const atOnce = await snapshot(driver);
    await emptyDatabase(driver);
    await loadGraph(driver, DB, onlyArticles(mini, SECOND_HALF));
    await loadGraph(driver, DB, onlyArticles(mini, FIRST_HALF));
    expect(await snapshot(driver)).toEqual(atOnce);
  });

  describe('replace', () => {
    const newVersion = without(onlyArticles(mini, [PINGLU]), 'mechanism:13612/6');

    it('when an article is reloaded without replace, then what it no longer says stays (nothing is lost)', async () => {
      await loadGraph(driver, DB, mini);
      await loadGraph(driver, DB, newVersion);
      expect((await snapshot(driver)).nodes['mechanism:13612/6']).toBeDefined();
    });

    it('when an article is reloaded with replace, then the graph equals a fresh load of the new version with the other articles', async () => {
      await loadGraph(driver, DB, mini);
      const summary = await loadGraph(driver, DB, newVersion, { replace: true });
      const replaced = await snapshot(driver);

      await emptyDatabase(driver);
      await loadGraph(driver, DB, without(mini, 'mechanism:13612/6'));
      expect(replaced).toEqual(await snapshot(driver));
      expect(replaced.nodes['mechanism:13612/6']).toBeUndefined();
      // 平陆县 is read in another article too: it lost nothing of that article.
      expect(replaced.nodes['place:平陆县']!.properties.articles).toEqual(['000_41e29c0046eab186', PINGLU]);
      // The article's sentences were replaced, not doubled: as many as a fresh load has.
      const sentences = Object.values(replaced.nodes).filter((n) => n.labels.includes('Sentence'));
      expect(sentences.filter((n) => n.properties.article === PINGLU).length).toBe(
        storedProvenance(newVersion).sentences.filter((x) => x.properties.article === PINGLU).length,
      );
      expect(summary.removed).toMatchObject({
        nodesDeleted: expect.any(Number),
        relationshipsDeleted: expect.any(Number),
      });
      expect(summary.removed!.nodesDeleted).toBeGreaterThan(0);
    });

    it('when replacing or clearing, then data the project did not write is left alone', async () => {
      await driver.executeQuery(
        "CREATE (:Note {id: 'note:1', text: '手写笔记'}), (:Person {id: 'foreign:1', name: '外人', articles: [$a]})",
        { a: PINGLU },
      );
      await loadGraph(driver, DB, mini);
      await loadGraph(driver, DB, newVersion, { replace: true });
      const { sentences } = await provenanceCounts(driver);
      expect(await clearLoaded(driver, DB, 10)).toBe(mini.nodes.length - 1 + sentences);
      const left = await snapshot(driver);
      expect(Object.keys(left.nodes).sort()).toEqual(['foreign:1', 'note:1']);
      expect(left.nodes['foreign:1']!.properties.articles).toEqual([PINGLU]);
    });
  });

  it('when a batch fails, then the error names it, earlier batches stay, and a re-run completes the load', async () => {
    // A valid document whose second Person batch Neo4j refuses: a uniqueness constraint on the pinyin the
    // loader writes, and a node of this test already holding the pinyin of one of that batch's people.
    const BLOCKER = 'govgraph_test_person_pinyin_unique';
    await driver.executeQuery(`CREATE CONSTRAINT ${BLOCKER} IF NOT EXISTS FOR (p:Person) REQUIRE p.pinyin IS UNIQUE`);
    await driver.executeQuery("CREATE (:Person {id: 'blocker:1', pinyin: $pinyin})", pinyinKeys('王刚安'));
    try {
      const err = (await loadGraph(driver, DB, mini, { batchSize: 2 }).catch((e: unknown) => e)) as LoadBatchError;
      expect(err).toBeInstanceOf(LoadBatchError);
      expect(err.batch).toMatchObject({
        phase: 'nodes',
        group: 'Person',
        index: 2,
        of: 3,
        firstId: 'person:赵一澎',
        lastId: 'person:王刚安',
      });
      expect(err.message).toMatch(/nodes batch 2\/3 of Person \(ids person:赵一澎 … person:王刚安\) failed/);
      const persons = await driver.executeQuery(
        "MATCH (p:Person) WHERE p.id STARTS WITH 'person:' RETURN p.id AS id ORDER BY id",
      );
      expect(persons.records.map((r) => r.get('id'))).toEqual(['person:吕天亮', 'person:宋志江']);
    } finally {
      await driver.executeQuery(`DROP CONSTRAINT ${BLOCKER} IF EXISTS`);
      await driver.executeQuery("MATCH (p:Person {id: 'blocker:1'}) DELETE p");
    }

    await loadGraph(driver, DB, mini, { batchSize: 2 });
    const completed = await snapshot(driver);
    await emptyDatabase(driver);
    await loadGraph(driver, DB, mini);
    expect(completed).toEqual(await snapshot(driver));
  });

  describe('provenance on replace', () => {
    it('when an article is reloaded with replace, then its old sentences and mentions are gone and other articles keep theirs', async () => {
      await loadGraph(driver, DB, mini);
      // The new version of the article says nothing: every sentence and mention of it goes.
      const empty = { ...mini, nodes: mini.nodes.filter((n) => n.id === PINGLU), relationships: [] };
      await loadGraph(driver, DB, empty, { replace: true });
      const { records } = await driver.executeQuery(
        `RETURN COUNT { MATCH (s:Sentence {article: $a}) } AS own, COUNT { MATCH (s:Sentence) WHERE s.article <> $a } AS others,
                COUNT { MATCH ()-[r]->() WHERE any(id IN coalesce(r.sentences, []) WHERE id STARTS WITH $prefix) } AS listing`,
        { a: PINGLU, prefix: `sentence:${PINGLU}/` },
      );
      expect(records[0]!.get('own').toNumber()).toBe(0);
      expect(records[0]!.get('listing').toNumber()).toBe(0);
      const othersExpected = storedProvenance(mini).sentences.filter((s) => s.properties.article !== PINGLU).length;
      expect(records[0]!.get('others').toNumber()).toBe(othersExpected);
    });

    it('when a relationship read in two articles loses one by replace, then its sentence and surface lists stay aligned', async () => {
      await loadGraph(driver, DB, mini);
      await loadGraph(driver, DB, onlyArticles(mini, [PINGLU]), { replace: true });
      const { records } = await driver.executeQuery(
        'MATCH ()-[r]->() WHERE r.sentences IS NOT NULL RETURN size(r.sentences) = size(r.surfaces) AS aligned, size(r.sentences) > 0 AS some',
      );
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) expect([r.get('aligned'), r.get('some')]).toEqual([true, true]);
    });
  });

  describe('loadBundledGraphIfEmpty', () => {
    it('when the database holds anything, then nothing is loaded', async () => {
      await driver.executeQuery("CREATE (:Note {id: 'note:1'})");
      await expect(loadBundledGraphIfEmpty(driver, DB, MINI)).resolves.toEqual({ loaded: false, reason: 'not_empty' });
      expect(await counts(driver)).toEqual({ nodes: 1, relationships: 0 });
    });

    it('when there is no bundled graph, then it says so and loads nothing', async () => {
      await expect(loadBundledGraphIfEmpty(driver, DB, path.join(os.tmpdir(), 'no-such-graph.json'))).resolves.toEqual({
        loaded: false,
        reason: 'no_bundled_graph',
      });
    });

    it('when the database is empty, then the graph is loaded', async () => {
      const result = await loadBundledGraphIfEmpty(driver, DB, MINI);
      expect(result.loaded).toBe(true);
      expect(await counts(driver)).toEqual({ nodes: mini.nodes.length, relationships: mini.relationships.length });
    });
  });
});
