/** The questions the issue asks of the bundled corpus, answered from its graph. */
import path from 'node:path';
import type { GraphDocument } from '../../../model/graph';
import { extractFolder } from '../../../pipeline/run';
import { posts, propsOf, runnersOf } from './graph-queries';

const doc: GraphDocument = extractFolder(path.resolve(__dirname, '..', '..', '..', 'graph-data', 'corpus'));
const label = new Map(doc.nodes.map((n) => [n.id, n.labels[0]]));

function countyOf(id: string): string | undefined {
  const parent = new Map(doc.relationships.filter((r) => r.type === 'LOCATED_IN').map((r) => [r.start, r.end]));
  for (let p: string | undefined = id; p; p = parent.get(p))
    if (propsOf(doc, p)?.level === 'county') return String(propsOf(doc, p)?.name);
  return undefined;
}

describe('the corpus graph answers', () => {
  it('when asked who leads what, then the named leaders hold their posts in their bodies', () => {
    expect(posts(doc)).toEqual(
      expect.arrayContaining([
        '宋志江 书记 新绛县委',
        '吕天亮 副书记 万荣县委',
        '吕天亮 县长 万荣县人民政府',
        '刘凌凯 书记 葫芦岛社区党支部',
        '刘凌凯 主任 葫芦岛社区居委会',
        '赵一澎 组织委员 杜马乡党委',
        '王刚安 书记 张家沟村党支部',
        '王刚安 主任 张家沟村村委会',
      ]),
    );
  });

  it('when asked where villages and communities are, then each reaches its county through LOCATED_IN', () => {
    const expected: Record<string, string> = {
      杜村: '平陆县',
      上村: '平陆县',
      张家沟村: '平陆县',
      新和村: '新绛县',
      龙湖社区: '新绛县',
      葫芦岛社区: '临猗县',
      禹停村: '万荣县',
      云岭社区: '万荣县',
    };
    for (const [name, county] of Object.entries(expected)) {
      const ids = doc.nodes.filter((n) => n.labels[0] === 'Place' && n.properties.name === name).map((n) => n.id);
      expect(ids).toHaveLength(1);
      expect(countyOf(ids[0]!)).toBe(county);
      expect(propsOf(doc, ids[0]!)?.county).toBe(county);
    }
  });

  it('when asked for the components of 13612, then its six parts are PART_OF it', () => {
    expect(doc.relationships.filter((r) => r.type === 'PART_OF' && r.end === 'mechanism:13612')).toHaveLength(6);
  });

  it('when asked which initiatives several counties share, then 双报到, 党支部领办合作社, 在职党员进社区, 党群服务中心 and 千万工程 are each one node run from two or more counties', () => {
    const counties = (name: string) => {
      const concept = doc.nodes.filter(
        (n) => n.properties.name === name && (label.get(n.id) === 'Initiative' || label.get(n.id) === 'Mechanism'),
      );
      expect(concept).toHaveLength(1);
      const runners = doc.relationships
        .filter((r) => r.type === 'RUNS' && r.end === concept[0]!.id)
        .map((r) => propsOf(doc, r.start)?.county);
      return new Set(runners.filter((c) => c !== undefined));
    };
    expect(counties('双报到').size).toBeGreaterThanOrEqual(4);
    for (const shared of ['党支部领办合作社', '在职党员进社区', '党群服务中心', '综治中心', '千万工程'])
      expect(counties(shared).size).toBeGreaterThanOrEqual(2);
    expect(runnersOf(doc, '双报到')).toEqual(expect.arrayContaining(['平陆县', '葫芦岛社区']));
  });

  it("when a city-wide goal is printed as each county page's banner and counties take it up (锚定…目标), then the city runs it and no county does", () => {
    const concept = doc.nodes.find((n) => n.properties.name === '一城两区三门户')!;
    expect(runnersOf(doc, '一城两区三门户')).toEqual(['运城市']);
    expect(concept.properties).toMatchObject({ scope: 'local' });
  });

  it('when every evidence sentence of the corpus is read, then none is over 200 characters unless it has no break', () => {
    const all = [...doc.nodes, ...doc.relationships].flatMap(
      (x) => (x.properties as { evidence?: Array<{ sentence: string }> }).evidence ?? [],
    );
    expect(all.length).toBeGreaterThan(1000);
    for (const e of all) if (/[，；]/.test(e.sentence.slice(0, -1))) expect(e.sentence.length).toBeLessThanOrEqual(200);
  });

  it('when a body is written three ways (新绛县委, 县委 on a 新绛 page), then it is one node', () => {
    expect(doc.nodes.filter((n) => n.properties.name === '新绛县委')).toHaveLength(1);
    expect(doc.nodes.some((n) => n.properties.name === '县委')).toBe(false);
  });
});
