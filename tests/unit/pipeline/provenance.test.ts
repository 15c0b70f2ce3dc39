/** Evidence of a graph document → Sentence rows, MENTIONED_IN rows and relationships' sentence lists. */
import type { Evidence, GraphDocument } from '../../../model';
import { sentenceId } from '../../../model';
import { storedProvenance } from '../../../pipeline/export/provenance';

// An invented article text; offsets index it as Article.text would.
const TEXT = '某县委书记王某某到某村调研。王某某强调要办好实事。';
const first: Evidence = {
  article: 'a1',
  item: 0,
  sentence: '某县委书记王某某到某村调研。',
  start: 0,
  end: 14,
  surface: '王某某',
};
const second: Evidence = {
  article: 'a1',
  item: 0,
  sentence: '王某某强调要办好实事。',
  start: 14,
  end: 25,
  surface: '王某某',
};
const post: Evidence = { ...first, surface: '某县委书记王某某' };

function doc(): Pick<GraphDocument, 'nodes' | 'relationships'> {
  return {
    nodes: [
      {
        id: 'article:a1',
        labels: ['Article'],
        properties: { name: 't', title: 't', text: TEXT, items: [], source: 'a1.md', articles: ['a1'], evidence: [] },
      },
      {
        id: 'person:王某某',
        labels: ['Person'],
        properties: { name: '王某某', aliases: [], articles: ['a1'], evidence: [second, first, first] },
      },
      {
        id: 'org:某县委',
        labels: ['Organization'],
        properties: {
          name: '某县委',
          aliases: [],
          kind: 'party_committee',
          articles: ['a1'],
          evidence: [{ ...first, surface: '某县委' }],
        },
      },
    ],
    relationships: [
      {
        id: 'hp',
        type: 'HOLDS_POST',
        start: 'person:王某某',
        end: 'org:某县委',
        properties: { title: '书记', articles: ['a1'], evidence: [post, post, { ...second, surface: '王某某' }] },
      },
    ],
  } as Pick<GraphDocument, 'nodes' | 'relationships'>;
}

describe('storedProvenance', () => {
  it('when several facts were read in one sentence, then the sentence is stored once, with its article offsets', () => {
    const { sentences } = storedProvenance(doc());
    expect(sentences.map((s) => s.id)).toEqual([sentenceId('a1', 0), sentenceId('a1', 14)]);
    expect(sentences[0]).toEqual({
      id: 'sentence:a1/0',
      articleNode: 'article:a1',
      properties: { article: 'a1', item: 0, start: 0, end: 14, text: first.sentence },
    });
    for (const s of sentences) expect(TEXT.slice(s.properties.start, s.properties.end)).toBe(s.properties.text);
  });

  it('when an entity was read twice in the same sentence, then one mention is kept, with the surface offsets in the article', () => {
    const people = storedProvenance(doc()).mentions.get('Person')!;
    expect(people).toHaveLength(2);
    const inFirst = people.find((m) => m.end === 'sentence:a1/0')!;
    expect(inFirst.properties).toEqual({ surface: '王某某', start: 5, end: 8 });
    expect(TEXT.slice(inFirst.properties.start, inFirst.properties.end)).toBe('王某某');
  });

  it('when a surface is not written verbatim in its sentence, then its offsets are -1', () => {
    const d = doc();
    (d.nodes[1]!.properties as { evidence: Evidence[] }).evidence = [{ ...first, surface: '王 某某' }];
    expect(storedProvenance(d).mentions.get('Person')![0]!.properties).toEqual({
      surface: '王 某某',
      start: -1,
      end: -1,
    });
  });

  it('when a relationship has evidence, then it lists distinct sentence ids with the surface read in each at the same index', () => {
    const rel = storedProvenance(doc()).relationships.get('hp')!;
    expect(rel).toEqual({ sentences: ['sentence:a1/0', 'sentence:a1/14'], surfaces: ['某县委书记王某某', '王某某'] });
  });

  it('when the Article has no evidence, then it mentions nothing', () => {
    expect(storedProvenance(doc()).mentions.has('Article')).toBe(false);
  });
});
