import type { QueryResult } from '../../../model/api';
import type { GraphNode, GraphRelationship } from '../../../model/graph';
import { cellText } from '../../../client/src/export/table';
import { MAX_HISTORY, QueryMemory, sameRun } from '../../../client/src/query/memory';
import { preferredTab, shapeOf } from '../../../client/src/query/values';

const person: GraphNode = { id: 'person:zhangsan', labels: ['Person'], properties: { name: '张三', aliases: [] } };
const body: GraphNode = {
  id: 'org:mouxian-committee',
  labels: ['Organization'],
  properties: { name: '某县委', aliases: [], kind: 'party_committee' },
} as GraphNode;
const post: GraphRelationship = {
  id: 'rel:1',
  type: 'HOLDS_POST',
  start: person.id,
  end: body.id,
  properties: { title: '书记' },
};
const evidence = { article: 'a1', item: 0, sentence: '张三任某县委书记。', start: 0, end: 9, surface: '张三' };

function result(columns: string[], rows: Record<string, unknown>[], graph: QueryResult['graph']): QueryResult {
  return { columns, rows, graph, truncated: false, elapsedMs: 1 };
}

describe('result values', () => {
  it.each([
    [null, 'empty'],
    ['书记', 'scalar'],
    [3, 'scalar'],
    [person, 'node'],
    [post, 'relationship'],
    [{ nodes: [person, body], relationships: [post] }, 'path'],
    [evidence, 'evidence'],
    [[1, 2], 'list'],
    [{ county: '某县', n: 2 }, 'map'],
  ])('when the value is %j, then it is shown as a %s', (value, kind) => {
    expect(shapeOf(value).kind).toBe(kind);
  });

  it('when a cell holds evidence and maps, then the CSV reads its sentence and fields, not escaped JSON', () => {
    expect(cellText([evidence])).toBe('[张三任某县委书记。]');
    expect(cellText({ county: '某县', n: 2 })).toBe('{county: 某县, n: 2}');
    expect(cellText(person)).toBe('(Person 张三)');
    expect(cellText(post)).toBe('[:HOLDS_POST 书记]');
  });
});

describe('the tab a result opens on', () => {
  const graph = { nodes: [person, body], relationships: [post] };

  it('when the result has relationships, then the graph', () => {
    expect(
      preferredTab(result(['p', 'h', 'o', 'title'], [{ p: person, h: post, o: body, title: '书记' }], graph)),
    ).toBe('graph');
  });

  it('when the result holds only names and numbers, then the table, whatever tab was open before', () => {
    expect(preferredTab(result(['name'], [{ name: '张三' }], { nodes: [], relationships: [] }))).toBe('table');
  });

  it('when nodes come with text columns but no relationships, then the table; nodes alone, the graph', () => {
    const nodesOnly = { nodes: [person], relationships: [] };
    expect(preferredTab(result(['county', 'person'], [{ county: '某县', person }], nodesOnly))).toBe('table');
    expect(preferredTab(result(['person'], [{ person }, { person: null }], nodesOnly))).toBe('graph');
  });
});

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('the workbench memory', () => {
  const cypher = (text: string) => ({ kind: 'cypher' as const, text });

  it('when a query is run again, then it moves to the top instead of being listed twice', () => {
    const memory = new QueryMemory(new MemoryStorage());
    memory.remember(cypher('RETURN 1'));
    memory.remember(cypher('RETURN 2'));
    memory.remember(cypher('RETURN 1 '));
    expect(memory.store.get().history.map((h) => (h.run as { text: string }).text)).toEqual(['RETURN 1 ', 'RETURN 2']);
  });

  it('when more queries run than the history keeps, then the oldest go', () => {
    const memory = new QueryMemory(new MemoryStorage());
    for (let i = 0; i < MAX_HISTORY + 5; i++) memory.remember(cypher(`RETURN ${i}`));
    expect(memory.store.get().history).toHaveLength(MAX_HISTORY);
    expect(memory.store.get().history[0]!.run).toEqual(cypher(`RETURN ${MAX_HISTORY + 4}`));
  });

  it('when history and favourites are saved, then a new page (a new memory on the same storage) has them', () => {
    const storage = new MemoryStorage();
    const first = new QueryMemory(storage);
    const named = { kind: 'named' as const, name: 'posts-of', params: { person: '张三' } };
    first.remember(named);
    first.addFavourite('张三的职务', named);
    const second = new QueryMemory(storage);
    expect(second.store.get().history.map((h) => h.run)).toEqual([named]);
    expect(second.isFavourite({ kind: 'named', name: 'posts-of', params: { person: '张三' } })).toBe(true);
    second.removeFavourite(named);
    expect(new QueryMemory(storage).store.get().favourites).toEqual([]);
  });

  it('when the storage holds garbage or refuses writes, then the memory starts empty and still works', () => {
    const storage = new MemoryStorage();
    storage.setItem('govgraph.query.history', '{not json');
    storage.setItem('govgraph.query.favourites', JSON.stringify([{ title: 1 }, { title: 'ok', run: { kind: 'x' } }]));
    const memory = new QueryMemory(storage);
    expect(memory.store.get()).toEqual({ history: [], favourites: [] });
    const full = new QueryMemory({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    full.remember(cypher('RETURN 1'));
    expect(full.store.get().history).toHaveLength(1);
  });

  it('when two runs differ only in parameters, then they are different runs', () => {
    const a = { kind: 'named' as const, name: 'posts-of', params: { person: '张三' } };
    expect(sameRun(a, { ...a, params: { person: '李四' } })).toBe(false);
    expect(sameRun(cypher('RETURN 1'), a)).toBe(false);
  });
});
