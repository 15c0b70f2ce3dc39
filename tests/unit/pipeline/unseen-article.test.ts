/**
 * An article of the same genre written for this test (not from the corpus: other county,
 * township, village, people and brands), to check that the rules are general.
 */
import { edges, graphOf, names, posts, propsOf, runnersOf } from './graph-queries';

const ARTICLE = `稷山县翟店镇推行“四议两公开”工作法
本报讯（记者 王芳）近日，稷山县翟店镇党委书记李建军在东营村调研时表示，要把“四议两公开”工作法落到实处。今年以来，翟店镇探索“三联三帮”工作机制，东营村党支部与稷山县农业农村局结对共建，打造“枣乡红”党建品牌。
东营村党支部书记、村委会主任张晓东介绍，村里成立了东营红枣专业合作社，带动村民增收。张大爷也乐呵呵地说好。
县委组织部、县融媒体中心联合开展“红色故事汇”宣讲活动。
本版责编 刘洋 校对 赵 静`;

describe('an article the rules were not written on', () => {
  const doc = graphOf(ARTICLE);

  it('when a form of address appears (张大爷), then it is not a person', () => {
    expect(names(doc, 'Person')).not.toContain('张大爷');
  });

  it('then its posts are read with their bodies, and the paper staff are credits of the article, not posts', () => {
    expect(posts(doc)).toEqual(['张晓东 主任 东营村村委会', '张晓东 书记 东营村党支部', '李建军 书记 翟店镇党委']);
    expect(edges(doc, 'CREDITED')).toEqual([
      'person:本报/刘洋 -> article:t0',
      'person:本报/王芳 -> article:t0',
      'person:本报/赵静 -> article:t0',
    ]);
  });

  it('then people are keyed by the county of their post (person:<county code>/<name>)', () => {
    expect(doc.nodes.filter((n) => n.labels[0] === 'Person').map((n) => n.id)).toEqual([
      'person:140824/张晓东',
      'person:140824/李建军',
      'person:本报/刘洋',
      'person:本报/王芳',
      'person:本报/赵静',
    ]);
  });

  it('then the bare village is placed in the township the brief is about', () => {
    expect(edges(doc, 'LOCATED_IN')).toEqual(
      expect.arrayContaining(['place:140824103/东营村 -> place:140824103', 'place:140824103 -> place:140824']),
    );
    expect(propsOf(doc, 'org:140824/东营村党支部')?.county).toBe('稷山县');
  });

  it('then abbreviated bodies take the county of the page (县委组织部 → 稷山县委组织部)', () => {
    expect(edges(doc, 'PART_OF')).toContain('org:140824/稷山县委组织部 -> org:140824/稷山县委');
  });

  it('then its brands and mechanisms are read with who runs them', () => {
    expect(names(doc, 'Mechanism')).toEqual(['三联三帮', '党建联建', '四议两公开']);
    expect(names(doc, 'Initiative')).toEqual(['枣乡红', '红色故事汇']);
    expect(runnersOf(doc, '三联三帮')).toEqual(['翟店镇']);
    expect(runnersOf(doc, '红色故事汇')).toEqual(['稷山县委组织部', '稷山县融媒体中心']);
    expect(
      doc.relationships
        .filter((r) => r.type === 'PARTNERS_WITH')
        .map((r) => `${r.start} ${r.end} ${(r.properties as { kind: string }).kind}`),
    ).toEqual(['org:140824/东营村党支部 org:140824/稷山县农业农村局 pairing']);
  });
});

describe('post patterns of other counties', () => {
  it.each([
    [
      '盐湖区北城街道星光社区党委书记、居委会主任李红霞走访群众。',
      ['李红霞 主任 星光社区居委会', '李红霞 书记 星光社区党委'],
    ],
    ['永济市蒲州镇寺前村第一书记张伟介绍。', ['张伟 第一书记 寺前村']],
    ['河津市清涧街道党工委副书记、办事处主任王磊表示。', ['王磊 主任 清涧街道办事处', '王磊 副书记 清涧街道党工委']],
    ['芮城县风陵渡镇党委副书记、镇长刘洋主持会议。', ['刘洋 副书记 风陵渡镇党委', '刘洋 镇长 风陵渡镇人民政府']],
    ['绛县卫庄镇东山村党支部书记周强带领村民种植连翘。', ['周强 书记 东山村党支部']],
  ])('when the text is %s, then the posts are read with their bodies', (text, expected) => {
    expect(posts(graphOf(text))).toEqual(expected);
  });
});
