import { edges, graphOf, names, propsOf } from './graph-queries';

describe('places', () => {
  it('when common words end in 村/社区/小区 (乡村振兴, 老旧小区, 各社区), then no place is read', () => {
    expect(names(graphOf('全面推进乡村振兴，改造老旧小区，各社区开展活动，村民增收，解决村民急难愁盼问题。'), 'Place')).toEqual([]);
  });

  it('when a name is written in a chain, then each place is located in the one before, up to the city and province', () => {
    const doc = graphOf('在平陆县杜马乡杜村，村民赵克思蹲在田垄边。');
    expect(edges(doc, 'LOCATED_IN')).toEqual([
      'place:运城市 -> place:山西省',
      'place:运城市/平陆县 -> place:运城市',
      'place:运城市/平陆县/杜马乡 -> place:运城市/平陆县',
      'place:运城市/平陆县/杜马乡/杜村 -> place:运城市/平陆县/杜马乡',
    ]);
    expect(propsOf(doc, 'place:运城市/平陆县/杜马乡/杜村')).toMatchObject({ level: 'village', county: '平陆县' });
  });

  it('when a township of the gazetteer is named alone, then its county comes from the gazetteer', () => {
    expect(edges(graphOf('三泉镇在推动社会治理现代化进程中创新。'), 'LOCATED_IN')).toContain('place:运城市/新绛县/三泉镇 -> place:运城市/新绛县');
  });

  it('when a village is named bare in a story about a township, then it is placed in that township', () => {
    const doc = graphOf('——平陆县杜马乡创建示范区纪实\n本报记者 邢智轩\n沿着平风线驶入马村，远远便能望见院落。马村的变迁堪称典范。');
    expect(edges(doc, 'LOCATED_IN')).toContain('place:运城市/平陆县/杜马乡/马村 -> place:运城市/平陆县/杜马乡');
  });

  it('when a bare village was written in a chain earlier on the page, then it is the same village', () => {
    const doc = graphOf('三泉镇新和村党总支领办合作社。\n新和村的蝶变，彰显了治理逻辑。');
    expect(doc.nodes.filter((n) => n.properties.name === '新和村').map((n) => n.id)).toEqual(['place:运城市/新绛县/三泉镇/新和村']);
  });

  it('when a four-character village is named with its party branch, then it is a village of the page county', () => {
    const doc = graphOf('——夏县创建示范区纪实\n王家庄村党支部组织党员开展活动。');
    expect(edges(doc, 'LOCATED_IN')).toContain('place:运城市/夏县/王家庄村 -> place:运城市/夏县');
  });

  it('when a county of another prefecture follows its city, then the chain is read with a generic county', () => {
    expect(edges(graphOf('临汾市尧都区某村开展活动。'), 'LOCATED_IN')).toContain('place:临汾市/尧都区 -> place:临汾市');
  });

  it('when a 小区 follows its 社区, then it is located in the 社区', () => {
    expect(edges(graphOf('新绛县龙湖社区龙盛华庭小区安装了充电桩。'), 'LOCATED_IN')).toContain('place:运城市/新绛县/龙湖社区/龙盛华庭小区 -> place:运城市/新绛县/龙湖社区');
  });

  it('when a caption is about a city outside Shanxi, then its places are not put in the page county', () => {
    const doc = graphOf('平陆县杜马乡开展活动。\n▲近日，天津市清润街道各社区开展活动。图为朝霞社区工作人员为老人送粥。 清萱摄');
    expect(edges(doc, 'LOCATED_IN')).toContain('place:天津市/清润街道/朝霞社区 -> place:天津市/清润街道');
  });
});
