/**
 * Places: read from text, identified by their division codes (统计用区划代码 via
 * pipeline/knowledge/divisions.tsv), or by their name under the nearest coded place when the
 * data lacks them. Codes used below: 14 山西省, 1408 运城市, 140829 平陆县, 140829201 杜马乡,
 * 140825 新绛县, 140825101 新绛县三泉镇, 140828 夏县, 1410 临汾市, 141002 尧都区, 12 天津市.
 */
import { edges, graphOf, names, propsOf } from './graph-queries';

const parentOf = (doc: ReturnType<typeof graphOf>, id: string) =>
  edges(doc, 'LOCATED_IN')
    .find((e) => e.startsWith(`${id} -> `))
    ?.split(' -> ')[1];

describe('places', () => {
  it('when common words end in 村/社区/小区 (乡村振兴, 老旧小区, 各社区), then no place is read', () => {
    expect(
      names(graphOf('全面推进乡村振兴，改造老旧小区，各社区开展活动，村民增收，解决村民急难愁盼问题。'), 'Place'),
    ).toEqual([]);
  });

  it('when a county name is also a common word (老城区) or a name sits inside a word (现代化乡村) or a book title, then no place is read', () => {
    expect(names(graphOf('社区地处老城区核心地带，推进现代化乡村建设，编排《解放区的天》等剧目。'), 'Place')).toEqual(
      [],
    );
  });

  it('when a headline verb follows a county (召开村（社区）…), 原 (former) precedes 村党支部, or a township name runs into 乡村, then no such place is read', () => {
    const doc = graphOf('平陆县召开村（社区）党组织书记培训会。原村党支部书记退休后仍热心公益，带领村民发展乡村旅游。');
    expect(names(doc, 'Place').filter((n) => n !== '山西省' && n !== '运城市')).toEqual(['平陆县']);
  });

  it('when a name is written in a chain, then each place is located in the one before, up to the city and province', () => {
    const doc = graphOf('在平陆县杜马乡杜村，村民赵克思蹲在田垄边。');
    expect(edges(doc, 'LOCATED_IN')).toEqual([
      'place:1408 -> place:14',
      'place:140829 -> place:1408',
      'place:140829201 -> place:140829',
      'place:140829201202 -> place:140829201',
    ]);
    expect(propsOf(doc, 'place:140829201202')).toMatchObject({ name: '杜村', level: 'village', county: '平陆县' });
  });

  it('when a township the gazetteer has only once is named alone, then its county comes from the gazetteer', () => {
    expect(edges(graphOf('杜马乡在推动社会治理现代化进程中创新。'), 'LOCATED_IN')).toContain(
      'place:140829201 -> place:140829',
    );
  });

  it('when a township that several counties have is named alone, then it is not guessed', () => {
    const doc = graphOf('三泉镇在推动社会治理现代化进程中创新。');
    expect(propsOf(doc, 'place:三泉镇')).toMatchObject({ level: 'township' });
    expect(edges(doc, 'LOCATED_IN')).toEqual([]);
  });

  it("when a township that several counties have is named after its county earlier in the item, then it is that county's", () => {
    expect(edges(graphOf('新绛县召开推进会。三泉镇在推动社会治理现代化进程中创新。'), 'LOCATED_IN')).toContain(
      'place:140825101 -> place:140825',
    );
  });

  it("when a village is named bare in a story about a township, then it is the gazetteer's village of that township", () => {
    const doc = graphOf(
      '——平陆县杜马乡创建示范区纪实\n本报记者 邢智轩\n沿着平风线驶入马村，远远便能望见院落。马村的变迁堪称典范。',
    );
    expect(edges(doc, 'LOCATED_IN')).toContain('place:140829201201 -> place:140829201');
  });

  it('when a bare village was written in a chain earlier on the page, then it is the same village', () => {
    const doc = graphOf('新绛县三泉镇新和村党总支领办合作社。\n新和村的蝶变，彰显了治理逻辑。');
    expect(doc.nodes.filter((n) => n.properties.name === '新和村').map((n) => n.id)).toEqual(['place:140825101225']);
  });

  it('when a village the data lacks is named with its party branch, then it is a village scoped to the page county', () => {
    const doc = graphOf('——夏县创建示范区纪实\n王家庄村党支部组织党员开展活动。');
    expect(edges(doc, 'LOCATED_IN')).toContain('place:140828/王家庄村 -> place:140828');
    expect(propsOf(doc, 'place:140828/王家庄村')).toMatchObject({ level: 'village', county: '夏县' });
  });

  it('when a county of another prefecture follows its city, then it is that division', () => {
    expect(edges(graphOf('临汾市尧都区开展活动。'), 'LOCATED_IN')).toEqual([
      'place:1410 -> place:14',
      'place:141002 -> place:1410',
    ]);
  });

  it("when a 小区 follows its 社区, then it is located in the 社区, scoped to the 社区's code", () => {
    const doc = graphOf('新绛县龙湖社区龙盛华庭小区安装了充电桩。');
    const community = parentOf(doc, 'place:140825400012/龙盛华庭小区');
    expect(community).toBe('place:140825400012');
    // The data lists a county seat's communities under a pseudo-township (新绛县社区): they hang from the county.
    expect(parentOf(doc, community!)).toBe('place:140825');
  });

  it('when a caption is about another province, then its places are not put in the page county', () => {
    const doc = graphOf(
      '平陆县杜马乡开展活动。\n▲近日，天津市清润街道各社区开展活动。图为朝霞社区工作人员为老人送粥。 清萱摄',
    );
    expect(edges(doc, 'LOCATED_IN')).toContain('place:12/清润街道/朝霞社区 -> place:12/清润街道');
  });
});

describe('places anywhere in China', () => {
  it('when a 街道 is written under its province, city and county (浙江), then each is its division', () => {
    expect(edges(graphOf('浙江省湖州市安吉县递铺街道推行网格化管理。'), 'LOCATED_IN')).toEqual([
      'place:3305 -> place:33',
      'place:330523 -> place:3305',
      'place:330523001 -> place:330523',
    ]);
  });

  it("when a village is written in a full chain (四川), then it is the gazetteer's village with its county name", () => {
    const doc = graphOf('四川省成都市郫都区唐昌镇战旗村党总支带领村民发展集体经济。');
    expect(parentOf(doc, 'place:510117104213')).toBe('place:510117104');
    expect(parentOf(doc, 'place:510117104')).toBe('place:510117');
    expect(propsOf(doc, 'place:510117104213')).toMatchObject({ name: '战旗村', level: 'village', county: '郫都区' });
  });

  it('when a chain skips the province and city (贵州), then they come from the gazetteer', () => {
    const doc = graphOf('播州区枫香镇花茂村开展主题党日活动。');
    expect(edges(doc, 'LOCATED_IN')).toEqual([
      'place:5203 -> place:52',
      'place:520304 -> place:5203',
      'place:520304116 -> place:520304',
      'place:520304116203 -> place:520304116',
    ]);
  });

  it('when two articles name the same village, one in a chain and one bare in a story about its township, then both give one node', () => {
    const doc = graphOf(
      '贵州省遵义市播州区枫香镇花茂村召开村民大会。',
      '——播州区枫香镇乡村治理见闻\n走进花茂村，村道整洁。',
    );
    expect(doc.nodes.filter((n) => n.properties.name === '花茂村').map((n) => n.id)).toEqual(['place:520304116203']);
  });

  it('when a bare village name occurs twice in the page county (陕西绥德县 has two 张家沟村), then it stays one place scoped to the county', () => {
    const doc = graphOf('——绥德县乡村治理纪实\n张家沟村党支部组织党员开展志愿服务。');
    expect(edges(doc, 'LOCATED_IN')).toContain('place:610826/张家沟村 -> place:610826');
  });

  it("when the item names the township before the ambiguous bare village, then the village is that township's", () => {
    const doc = graphOf('——绥德县乡村治理纪实\n田庄镇党委组织党员下沉，走进张家沟村，帮助村民解决难题。');
    expect(edges(doc, 'LOCATED_IN')).toContain('place:610826110210 -> place:610826110');
  });

  it('when an autonomous county is written short (恭城县 for 恭城瑶族自治县, 广西), then it is that county under its official name', () => {
    const doc = graphOf('恭城县莲花镇开展活动。');
    expect(parentOf(doc, 'place:450332102')).toBe('place:450332');
    expect(propsOf(doc, 'place:450332')).toMatchObject({ name: '恭城瑶族自治县', aliases: ['恭城县'] });
  });

  it('when a city has no counties (东莞市, 广东), then its 街道 hang from the city and have no county', () => {
    const doc = graphOf('东莞市东城街道推进基层治理。');
    expect(parentOf(doc, 'place:441900003')).toBe('place:4419');
    expect(propsOf(doc, 'place:441900003')?.county).toBeUndefined();
  });

  it("when a province is written bare before a city of its own (浙江湖州市), then it heads the chain; bare before another province's county it does not", () => {
    expect(edges(graphOf('在浙江湖州市安吉县，村民议事。'), 'LOCATED_IN')).toContain('place:3305 -> place:33');
    expect(propsOf(graphOf('在浙江湖州市安吉县，村民议事。'), 'place:33')).toMatchObject({
      name: '浙江省',
      aliases: ['浙江'],
    });
    expect(names(graphOf('浙江平陆县客商来访。'), 'Place')).not.toContain('浙江省');
  });

  it("when a township is written with 镇 for the gazetteer's 乡, then it is the same division under its official name", () => {
    const doc = graphOf('平陆县杜马镇开展活动。');
    expect(propsOf(doc, 'place:140829201')).toMatchObject({ name: '杜马乡', aliases: ['杜马镇'] });
  });
});

describe('places named after a city earlier in the item', () => {
  it("when a county name two cities share (朝阳区) follows one of them in the item, then it is that city's", () => {
    const doc = graphOf('长春市召开基层治理推进会。会上，朝阳区介绍了网格化管理经验。');
    expect(edges(doc, 'LOCATED_IN')).toContain('place:220104 -> place:2201');
  });

  it('when that county name stands with no city named, then it is not guessed', () => {
    const doc = graphOf('会上，朝阳区介绍了网格化管理经验。');
    expect(propsOf(doc, 'place:朝阳区')).toMatchObject({ level: 'county' });
    expect(edges(doc, 'LOCATED_IN')).toEqual([]);
  });
});

describe('place ids do not depend on the other articles', () => {
  const a = '——绥德县乡村治理纪实\n张家沟村党支部组织党员开展志愿服务。田庄镇张家沟村修好了村道。';
  const b = '——佳县乡村治理纪实\n张家沟村党支部组织党员开展志愿服务。';
  const placeIds = (doc: ReturnType<typeof graphOf>) =>
    doc.nodes.filter((n) => n.labels[0] === 'Place').map((n) => n.id);

  it('when articles are extracted together or one at a time, then their places have the same ids', () => {
    expect(placeIds(graphOf(a, b))).toEqual([...new Set([...placeIds(graphOf(a)), ...placeIds(graphOf(b))])].sort());
  });

  it('when two counties each have a 张家沟村, then the two pages give two places: one the chain resolves, one left to its county', () => {
    const doc = graphOf(a, b);
    expect(doc.nodes.filter((n) => n.properties.name === '张家沟村').map((n) => n.id)).toEqual([
      'place:610826110210',
      'place:610828/张家沟村',
    ]);
  });
});
