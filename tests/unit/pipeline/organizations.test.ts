import { edges, graphOf, names, posts, propsOf } from './graph-queries';
import { typoMerges } from '../../../pipeline/resolve/organizations';

describe('organisations', () => {
  it('when a body suffix follows a common word (工作中心, 治理格局, 村党支部 without a village), then no body is read', () => {
    expect(
      names(graphOf('构建治理格局。在项目征地等工作中心关注群众。村党支部建立服务机制。'), 'Organization'),
    ).toEqual([]);
  });

  it('when 县委 is written on a county page, then it is that county committee', () => {
    const doc = graphOf(
      '闻喜县多措并举推动教育培训\n本报讯（记者 邢智轩）去年以来，闻喜县强化保障。县委常委会专题研究。',
    );
    expect(names(doc, 'Organization')).toContain('闻喜县委');
  });

  it('when 县委 has no county in context, then no body is invented', () => {
    expect(names(graphOf('县委常委会专题研究。'), 'Organization')).toEqual([]);
  });

  it('when a department is written under a committee, then it is PART_OF the committee', () => {
    const doc = graphOf('由平陆县委组织部主办的活动举行。');
    expect(edges(doc, 'PART_OF')).toEqual(['org:140829/平陆县委组织部 -> org:140829/平陆县委']);
  });

  it('when 共青团 precedes a county committee, then it is a different body from the county committee', () => {
    const doc = graphOf('共青团平陆县委负责人表示。平陆县委统筹推进。');
    expect(names(doc, 'Organization').sort()).toEqual(['共青团平陆县委', '平陆县委']);
  });

  it('when 中共 spells out the party, then it is the same committee with the long form kept as an alias', () => {
    const doc = graphOf('中共新绛县委召开会议。新绛县委书记宋志江强调。');
    expect(propsOf(doc, 'org:140825/新绛县委')?.aliases).toEqual(['中共新绛县委']);
  });

  it('when one cooperative is written with a typo, then both spellings are one body', () => {
    const doc = graphOf(
      '新绛县三泉镇新和村成立庆庄印象农产品加工合作社。这个由党总支领办的长庆印象农产品加工合作社带动增收。',
    );
    const coops = doc.nodes.filter((n) => (n.properties as { kind?: string }).kind === 'cooperative');
    expect(coops).toHaveLength(1);
    expect((coops[0]!.properties as { aliases: string[] }).aliases).toHaveLength(1);
  });
});

describe('a bare township body in a county feature', () => {
  it('when a county item visits a township and then writes 镇党委, then the body is that township committee, which runs what it launched', () => {
    const doc = graphOf(
      '稷山县：“四融四促”激活基层治理。走进稷山县西社镇，村道整洁。在翟店镇，镇党委推出“红色管家”服务品牌。',
    );
    const runners = doc.relationships
      .filter((r) => r.type === 'RUNS' && r.end.includes('红色管家'))
      .map((r) => r.start);
    expect(runners).toEqual(['org:140824/翟店镇党委']);
  });
});

describe('banks as partners', () => {
  it('when a branch signs a 联建 agreement with a county bank, then the bank is an organisation and the partner', () => {
    const doc = graphOf('垣曲县新城镇五福涧村党支部与垣曲县农商银行签订党建联建协议。');
    expect(names(doc, 'Organization')).toContain('垣曲县农商银行');
    expect(edges(doc, 'PARTNERS_WITH').some((e) => e.includes('农商银行'))).toBe(true);
  });
});

describe('bodies of a county-level city and of a 小区', () => {
  it('when an item about a county-level city writes 市住建局, then it is that city bureau, not the prefecture one', () => {
    expect(
      names(graphOf('永济市城东街道推进物业治理。永济市委组织部联合市住建局推广经验。'), 'Organization'),
    ).toContain('永济市住建局');
  });

  it('when 小区党支部书记、业委会主任 follow a named 小区, then both bodies are that 小区 and one person holds both posts', () => {
    const doc = graphOf('在城东街道舜都社区锦绣花园小区，小区党支部书记、业委会主任吴海涛带领党员开展活动。');
    expect(posts(doc)).toEqual(['吴海涛 主任 锦绣花园小区业委会', '吴海涛 书记 锦绣花园小区党支部']);
  });
});

describe('typoMerges', () => {
  const org = (id: string, name: string, parent: string | undefined, weight = 1, articles = ['t0']) => ({
    id,
    name,
    kind: 'cooperative' as const,
    county: '稷山县',
    parent,
    articles,
    weight,
  });

  it('when there are no bodies, then nothing is merged', () => {
    expect(typoMerges([]).size).toBe(0);
  });

  it('when two long names of one place differ in one homophone, then the less evidenced one merges into the other', () => {
    const merges = typoMerges([
      org('a', '金源果蔬种植专业合作社', 'place:x', 3),
      org('b', '金原果蔬种植专业合作社', 'place:x', 1),
    ]);
    expect([...merges]).toEqual([['b', 'a']]);
  });

  it('when near-identical names lie in different places, then they stay two bodies', () => {
    expect(
      typoMerges([org('a', '金源果蔬种植专业合作社', 'place:x'), org('b', '金原果蔬种植专业合作社', 'place:y')]).size,
    ).toBe(0);
  });

  it('when a spelling has no known place, then it merges only with a body of the same article', () => {
    expect(
      typoMerges([
        org('a', '金源果蔬种植专业合作社', 'place:x', 2, ['t0']),
        org('b', '金原果蔬种植专业合作社', undefined, 1, ['t1']),
      ]).size,
    ).toBe(0);
    expect([
      ...typoMerges([
        org('a', '金源果蔬种植专业合作社', 'place:x', 2, ['t0']),
        org('b', '金原果蔬种植专业合作社', undefined, 1, ['t0']),
      ]),
    ]).toEqual([['b', 'a']]);
  });

  it('when names differ in a direction or an ordinal (东营村/西营村, 第一/第二), then they are siblings, not typos', () => {
    expect(
      typoMerges([org('a', '东营村红枣种植专业合作社', 'place:x'), org('b', '西营村红枣种植专业合作社', 'place:x')])
        .size,
    ).toBe(0);
    const branch = (id: string, name: string) => ({ ...org(id, name, 'org:x'), kind: 'party_branch' as const });
    expect(typoMerges([branch('a', '某某社区第一网格党支部'), branch('b', '某某社区第二网格党支部')]).size).toBe(0);
  });
});
