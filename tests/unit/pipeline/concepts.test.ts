import { conceptKey } from '../../../pipeline/extract/concept-key';
import { edges, graphOf, names, node, propsOf, runnersOf } from './graph-queries';

describe('conceptKey', () => {
  it('when a name is empty or one character, then it is returned as written', () => {
    expect(conceptKey('')).toBe('');
    expect(conceptKey('双')).toBe('双');
  });

  it('when a practice is written as parallel numbered parts, then it keys to its first part', () => {
    for (const v of ['双报到', '双报到、双服务', '双报到双服务', '双报到双服双责', '“双报到”'])
      expect(conceptKey(v)).toBe('双报到');
  });

  it('when numbered parts are too short to stand alone (一村一策), then the name stays whole', () => {
    expect(conceptKey('一村一策')).toBe('一村一策');
    expect(conceptKey('一城两区三门户')).toBe('一城两区三门户');
  });

  it('when dashes differ, then they are unified', () => {
    expect(conceptKey('聚光-熔炉——燎原')).toBe('聚光—熔炉—燎原');
  });
});

describe('initiatives and mechanisms', () => {
  it('when a quote is speech, a slogan or a metaphor without a type word, then it is not a concept', () => {
    const doc = graphOf('“看这长势，今年收成差不了！”他说。党支部是群众信赖的“领头雁”。“两委”干部值守。');
    expect([...names(doc, 'Initiative'), ...names(doc, 'Mechanism')]).toEqual([]);
  });

  it('when a quoted name is followed by its type word, then it is an initiative or mechanism of that kind', () => {
    const doc = graphOf('新绛县创建“萤火微光”党建品牌。闻喜县构建“1443”工作体系。');
    expect(propsOf(doc, 'initiative:萤火微光')).toMatchObject({ kind: 'brand', county: '新绛县' });
    expect(propsOf(doc, 'mechanism:1443')).toMatchObject({ code: '1443', county: '闻喜县' });
  });

  it('when the same practice is written differently in four counties, then it is one node run from four counties', () => {
    const doc = graphOf(
      '新绛县坚持党员“双报到”机制。',
      '临猗县葫芦岛社区探索“双报到、双服务”机制。',
      '万荣县压实了“双报到双服双责”责任。',
      '平陆县开展“双报到双服务”工作。',
    );
    const concept = doc.nodes.filter((n) => String(n.properties.name).startsWith('双报到'));
    expect(concept.map((n) => n.id)).toEqual(['mechanism:双报到']);
    expect((concept[0]!.properties as { aliases: string[] }).aliases).toEqual([
      '双报到、双服务',
      '双报到双服务',
      '双报到双服双责',
    ]);
    expect(runnersOf(doc, '双报到')).toEqual(['万荣县', '平陆县', '新绛县', '葫芦岛社区']);
  });

  it('when a numbered system is spelled out after a colon, then each listed part is PART_OF it in order', () => {
    const doc = graphOf(
      '平陆县形成“13612”工作体系：1个总体目标、三大支撑体系、六大行动、12项专项工作、31项重点任务、72项具体举措，为治理绘制路线图。',
    );
    const parts = doc.relationships.filter((r) => r.type === 'PART_OF' && r.end === 'mechanism:13612');
    expect(parts.map((r) => [node(doc, r.start)?.properties.name, (r.properties as { order?: number }).order])).toEqual(
      [
        ['12项专项工作', 4],
        ['1个总体目标', 1],
        ['31项重点任务', 5],
        ['72项具体举措', 6],
        ['三大支撑体系', 2],
        ['六大行动', 3],
      ],
    );
  });

  it('when a mechanism name is a dashed list or has a glossed list, then its parts are components', () => {
    const doc = graphOf(
      '新绛县以“聚光—熔炉—燎原”体系打造样本。社区探索形成了“五勤”（脑勤、眼勤、嘴勤、手勤、腿勤）工作机制。',
    );
    expect(edges(doc, 'PART_OF').filter((e) => e.endsWith('聚光—熔炉—燎原'))).toHaveLength(3);
    expect(edges(doc, 'PART_OF').filter((e) => e.endsWith('mechanism:五勤'))).toHaveLength(5);
  });

  it('when a sentence has no subject, then the runner is the subject earlier in the paragraph', () => {
    const doc = graphOf(
      '运城市老年大学深入推进思政课堂建设。积极拓展渠道，组织学员前往平陆县杜马战役纪念馆等基地，打造“行走的思政课堂”。',
    );
    expect(runnersOf(doc, '行走的思政课堂')).toEqual(['运城市老年大学']);
  });

  it('when a kicker above the headline names a practice without a runner, then the city of the page runs it, not the county', () => {
    const doc = graphOf(
      '深入推进“清风护航”行动\n古镇焕新颜\n——平陆县创建示范区创新实践\n平陆县打造“红枣之乡”党建品牌。',
    );
    expect(runnersOf(doc, '清风护航')).toEqual(['运城市']);
    expect(runnersOf(doc, '红枣之乡')).toEqual(['平陆县']);
  });

  it('when the main headline names a practice without a runner, then the place the item is about runs it', () => {
    const doc = graphOf('从“暖心驿站”到“和美家园”\n——平陆县常乐镇纪实\n常乐镇党委深入推进基层治理。');
    expect(runnersOf(doc, '暖心驿站')).toEqual(['常乐镇']);
  });

  it("when a county takes up a goal (锚定/锁定/对标…“…”目标), then the goal is its city's", () => {
    const doc = graphOf('稷山县锚定“两城三区”目标，构建“1233”工作体系。');
    expect(runnersOf(doc, '两城三区')).toEqual(['运城市']);
    expect(runnersOf(doc, '1233')).toEqual(['稷山县']);
  });

  it('when two bodies act together (A与B共同推动), then both run it and they are partners', () => {
    const doc = graphOf('万荣县孤峰社区党支部与共青团万荣县委共同推动“共青团·伙伴计划”。');
    expect(runnersOf(doc, '共青团·伙伴计划')).toEqual(['共青团万荣县委', '孤峰社区党支部']);
    expect(
      doc.relationships.filter((r) => r.type === 'PARTNERS_WITH').map((r) => (r.properties as { kind: string }).kind),
    ).toEqual(['co_organiser']);
  });
});

describe('partnerships between places written as chains', () => {
  it('when A村 与 某县某镇B村 结对共建, then the pair is the two villages, not a village and a county', () => {
    const doc = graphOf('闻喜县东镇镇上院村与稷山县西社镇马跑泉村开展结对共建。');
    const pairs = doc.relationships.filter((r) => r.type === 'PARTNERS_WITH');
    expect(pairs).toHaveLength(1);
    const names = [pairs[0]!.start, pairs[0]!.end].map((id) =>
      String(doc.nodes.find((n) => n.id === id)!.properties.name),
    );
    expect(names).toContain('马跑泉村');
    expect(names.some((n) => n.endsWith('上院村'))).toBe(true);
  });
});

describe('numbered systems spelled out after 即', () => {
  it('when “2345”工作体系，即2个目标、3项机制、4支队伍、5大行动, then it has four ordered parts', () => {
    const doc = graphOf('城东街道围绕“2345”工作体系，即2个目标、3项机制、4支队伍、5大行动，推动物业服务提质增效。');
    const parts = doc.relationships
      .filter((r) => r.type === 'PART_OF')
      .map((r) => [
        String(doc.nodes.find((n) => n.id === r.start)!.properties.name),
        (r.properties as { order?: number }).order,
      ]);
    expect(parts.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['2个目标', 1],
      ['3项机制', 2],
      ['4支队伍', 3],
      ['5大行动', 4],
    ]);
  });
});
