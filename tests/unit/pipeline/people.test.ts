import { nameAt } from '../../../pipeline/extract/name-boundaries';
import { graphOf, names, node, propsOf, posts } from './graph-queries';

describe('nameAt', () => {
  it('when a surname is followed by a form of address, then it is not a name (张大爷, 王阿姨, 李大姐)', () => {
    for (const text of ['张大爷正熟练地充电', '王阿姨腿脚不便', '李大姐一边打理'])
      expect(nameAt(text, 0)).toBeUndefined();
  });

  it('when the character after the surname is not Chinese, then there is no name', () => {
    expect(nameAt('王1号', 0)).toBeUndefined();
  });

  it('when a two-character name is followed by a verb, then the verb is not part of the name', () => {
    expect(nameAt('刘荣回忆道', 0)).toBe('刘荣');
    expect(nameAt('王刚安告诉记者', 0)).toBe('王刚安');
  });

  it('when a compound surname is written, then it is read whole', () => {
    expect(nameAt('欧阳明表示', 0)).toBe('欧阳明');
  });

  it('when jieba reads a surname character as part of a common word (成立, 常常, 任务, 高度重视), then there is no name', () => {
    for (const text of ['成立了合作社', '常常加班', '任务繁重', '高度重视', '全体党员', '安全生产'])
      expect(nameAt(text, 0)).toBeUndefined();
  });

  it('when a verb follows a two-character name (接过, 涉嫌, 任), then the name stops before it', () => {
    expect(nameAt('李伟接过话筒', 0)).toBe('李伟');
    expect(nameAt('李伟涉嫌违纪', 0)).toBe('李伟');
    expect(nameAt('宋志江在三泉镇', 0)).toBe('宋志江');
  });

  it('when a given name is a word of its own (新海, 光明), then it is still part of the name', () => {
    expect(nameAt('刘新海在河津市调研', 0)).toBe('刘新海');
    expect(nameAt('杨光明表示', 0)).toBe('杨光明');
  });
});

describe('posts', () => {
  it('when 县委 stands alone, then no person is read', () => {
    expect(names(graphOf('县委常委会专题研究，县委统筹推进。'), 'Person')).toEqual([]);
  });

  it('when a title is followed by an ordinary word starting with a surname character (任务, 白天, 常常), then no person is read', () => {
    expect(names(graphOf('网格长任务繁重。村民白天务工，主任常常加班，委员高度重视。'), 'Person')).toEqual([]);
  });

  it('when a resident is only addressed (居民张大爷, 王阿姨), then no person is read', () => {
    expect(names(graphOf('居民张大爷正熟练地充电。王阿姨腿脚不便，买药犯了难。'), 'Person')).toEqual([]);
  });

  it('when a county committee secretary is named, then he holds 书记 in that committee, which is located in the county', () => {
    const doc = graphOf('新绛县委书记宋志江在三泉镇调研时强调。');
    expect(posts(doc)).toEqual(['宋志江 书记 新绛县委']);
    expect(propsOf(doc, 'org:140825/新绛县委')).toMatchObject({ kind: 'party_committee', county: '新绛县' });
    expect(
      doc.relationships.some(
        (r) => r.type === 'LOCATED_IN' && r.start === 'org:140825/新绛县委' && r.end === 'place:140825',
      ),
    ).toBe(true);
  });

  it('when a compound title is written, then each title is its own post (县委副书记、县长)', () => {
    expect(posts(graphOf('万荣县委副书记、县长吕天亮表示。'))).toEqual([
      '吕天亮 副书记 万荣县委',
      '吕天亮 县长 万荣县人民政府',
    ]);
  });

  it('when units precede each title (党支部书记、居委会主任), then each post is in the unit of the same place', () => {
    expect(posts(graphOf('临猗县葫芦岛社区党支部书记、居委会主任刘凌凯回忆道。'))).toEqual([
      '刘凌凯 主任 葫芦岛社区居委会',
      '刘凌凯 书记 葫芦岛社区党支部',
    ]);
  });

  it('when a committee department follows the committee (县委常委、组织部部长), then the post is in the department, PART_OF the committee', () => {
    const doc = graphOf('夏县委常委、组织部部长赵明调研。');
    expect(posts(doc)).toEqual(['赵明 常委 夏县委', '赵明 部长 夏县委组织部']);
    expect(
      doc.relationships.some(
        (r) => r.type === 'PART_OF' && r.start === 'org:140828/夏县委组织部' && r.end === 'org:140828/夏县委',
      ),
    ).toBe(true);
  });

  it('when a villager is named after the village, then the villager is a person without a post (村民 is no post)', () => {
    const doc = graphOf('在平陆县杜马乡杜村，村民赵克思蹲在田垄边。');
    expect(names(doc, 'Person')).toEqual(['赵克思']);
    expect(posts(doc)).toEqual([]);
  });

  it('when a body member is named (在职党员), then the member is a person without a post', () => {
    const doc = graphOf('“这巷道归社区居民所有。”临猗县公安局在职党员李全洲道出了难处。');
    expect(names(doc, 'Person')).toEqual(['李全洲']);
    expect(posts(doc)).toEqual([]);
  });

  it('when a person with a role but no post is named, then the person exists without a post', () => {
    const doc = graphOf('在退役军人王宝群家中，工作人员亲切交谈。');
    expect(names(doc, 'Person')).toEqual(['王宝群']);
    expect(posts(doc)).toEqual([]);
  });

  it('when the same person is named bare later, then that sentence is evidence of the same person', () => {
    const doc = graphOf('葫芦岛社区党支部书记刘凌凯回忆道。刘凌凯牵头开通了热线。');
    expect(propsOf(doc, 'person:刘凌凯')?.evidence).toHaveLength(2);
  });
});

describe('credits of the paper', () => {
  const credited = (doc: ReturnType<typeof graphOf>) =>
    doc.relationships
      .filter((r) => r.type === 'CREDITED')
      .map((r) => `${String(propsOf(doc, r.start)?.name)} ${(r.properties as { role: string }).role} ${r.end}`)
      .sort();

  it('when a byline and credits name staff, then each is CREDITED on the article with the role, and none holds a post', () => {
    const doc = graphOf(
      '本报讯（记者 邢智轩）去年以来，闻喜县构建体系。\n本报记者 闫鑫摄\n本版责编 曹欣怡 美 编 冯潇楠\n校 对 李 楠',
    );
    expect(credited(doc)).toEqual([
      '冯潇楠 美编 article:t0',
      '曹欣怡 责编 article:t0',
      '李楠 校对 article:t0',
      '邢智轩 记者 article:t0',
      '闫鑫 记者 article:t0',
    ]);
    expect(posts(doc)).toEqual([]);
    expect(node(doc, 'org:本报')).toBeUndefined();
  });

  it('when a byline names a correspondent and a reporter written on to the title, then both are credited', () => {
    expect(credited(graphOf('本报讯（通讯员 李华 记者张敏）今年以来，夏县推行工作法。'))).toEqual([
      '张敏 记者 article:t0',
      '李华 通讯员 article:t0',
    ]);
  });

  it('when a web article closes with bracketed credits （责任编辑：某某）, then they are credited and hold no post', () => {
    const doc = graphOf('本报讯 近日，某县召开会议。\n（责任编辑：郑雅婷）\n（摄影：唐文博）');
    expect(credited(doc)).toEqual(['唐文博 摄影 article:t0', '郑雅婷 责编 article:t0']);
    expect(posts(doc)).toEqual([]);
  });

  it('when a byline names reporters without a Han surname (dotted, Mongolian, long), then each is credited whole', () => {
    expect(credited(graphOf('本报讯（记者 努尔古丽·艾山 通讯员 其其格）近日，某县召开会议。'))).toEqual([
      '其其格 通讯员 article:t0',
      '努尔古丽·艾山 记者 article:t0',
    ]);
    expect(credited(graphOf('□ 记者 乌云其木格 通讯员 张晓明\n近日，某县召开会议。'))).toEqual([
      '乌云其木格 记者 article:t0',
      '张晓明 通讯员 article:t0',
    ]);
  });

  it('when an editor and a photographer are credited (编辑, 摄影), then they are credited with those roles', () => {
    const doc = graphOf('本报讯（记者 周海峰 摄影 林晓峰）近日，夏县召开会议。\n本版编辑 陈思远');
    expect(credited(doc)).toEqual(['周海峰 记者 article:t0', '林晓峰 摄影 article:t0', '陈思远 编辑 article:t0']);
  });

  it('when a caption ends with a photo credit (某某摄, 某某 摄), then the photographer is credited 摄影 and holds no post', () => {
    const doc = graphOf('图为政协委员为居民表演。\n董博摄');
    expect(posts(doc)).toEqual([]);
    expect(credited(doc)).toEqual(['董博 摄影 article:t0']);
    expect(credited(graphOf('▲ 党员志愿者在大棚里帮助农户采摘蔬菜。 罗思远 摄'))).toEqual(['罗思远 摄影 article:t0']);
  });

  it('when a caption merely ends in 摄 inside a word (航拍摄), then nobody is credited', () => {
    expect(credited(graphOf('▲ 无人机航拍摄'))).toEqual([]);
  });

  it('when a byline opens with □ and names a rare surname, or credits are written with colons, then each is credited', () => {
    expect(credited(graphOf('□ 记者 沈嘉怡 通讯员 陆文涛\n近日，某村召开会议。'))).toEqual([
      '沈嘉怡 记者 article:t0',
      '陆文涛 通讯员 article:t0',
    ]);
    expect(credited(graphOf('本报讯（记者 潍晓峰 通讯员 郑佳琪）近日，某村召开会议。'))).toEqual([
      '潍晓峰 记者 article:t0',
      '郑佳琪 通讯员 article:t0',
    ]);
    expect(credited(graphOf('近日，某村召开会议。\n责编：王丽 校对：陈晨'))).toEqual([
      '王丽 责编 article:t0',
      '陈晨 校对 article:t0',
    ]);
  });

  it('when the same staff member is credited in two articles, then it is one person scoped to the paper', () => {
    const doc = graphOf('本报讯（记者 邢智轩）近日，夏县召开会议。', '本报讯（记者 邢智轩）近日，平陆县召开会议。');
    expect(doc.nodes.filter((n) => n.labels[0] === 'Person').map((n) => n.id)).toEqual(['person:本报/邢智轩']);
  });
});

describe('people with the same name', () => {
  it('when one name holds posts in two counties, then they are two people, each with the county in the id', () => {
    const doc = graphOf('平陆县常乐镇党委书记王伟调研。', '夏县泗交镇党委书记王伟调研。');
    expect(doc.nodes.filter((n) => n.labels[0] === 'Person').map((n) => n.id)).toEqual([
      'person:140828/王伟',
      'person:140829/王伟',
    ]);
  });

  it('when one name leads two counties of the same name in two provinces, then they are two people and two bodies', () => {
    const doc = graphOf('北京市朝阳区委书记张三调研。', '吉林省长春市朝阳区委书记张三调研。');
    const ids = (label: string) => doc.nodes.filter((n) => n.labels[0] === label).map((n) => n.id);
    expect(ids('Person')).toEqual(['person:110105/张三', 'person:220104/张三']);
    expect(ids('Organization')).toEqual(['org:110105/朝阳区委', 'org:220104/朝阳区委']);
  });

  it('when one name holds posts in one county in two articles, then it is one person', () => {
    const doc = graphOf('平陆县常乐镇党委书记王伟调研。', '平陆县常乐镇党委书记王伟指出。');
    expect(doc.nodes.filter((n) => n.labels[0] === 'Person').map((n) => n.id)).toEqual(['person:140829/王伟']);
  });

  it('when a person holds no post, then the id takes the county the article is about', () => {
    const doc = graphOf('平陆县杜马乡杜村，退役军人王宝群带头清扫。');
    expect(doc.nodes.filter((n) => n.labels[0] === 'Person').map((n) => n.id)).toEqual(['person:140829/王宝群']);
  });

  it('when articles are extracted one at a time, then every person id is the one extracted all at once', () => {
    const articles = [
      '平陆县常乐镇党委书记王伟调研。',
      '夏县泗交镇党委书记王伟调研。',
      '本报讯（记者 王伟）近日，闻喜县召开会议。',
      '万荣县委副书记、县长吕天亮表示。',
    ];
    const ids = (doc: ReturnType<typeof graphOf>) => doc.nodes.filter((n) => n.labels[0] === 'Person').map((n) => n.id);
    const alone = articles.flatMap((a) => ids(graphOf(a))).sort();
    expect(ids(graphOf(...articles))).toEqual(alone);
    expect(alone).toEqual(['person:140822/吕天亮', 'person:140828/王伟', 'person:140829/王伟', 'person:本报/王伟']);
  });
});

describe('posts in a village or community body written without its name', () => {
  it('when 村党支部书记、村委会主任 follows a sentence naming the village, then both posts are in that village', () => {
    const doc = graphOf(
      '走进稷山县西社镇马跑泉村，村道干净整洁。村党支部书记、村委会主任杨建军告诉记者，村里变化很大。',
    );
    expect(posts(doc).sort()).toEqual(['杨建军 主任 马跑泉村村委会', '杨建军 书记 马跑泉村党支部']);
  });

  it('when no village was named before, then no post is invented', () => {
    expect(posts(graphOf('村党支部书记、村委会主任杨建军告诉记者，村里变化很大。'))).toEqual([]);
  });
});

describe('compound titles across a written body', () => {
  it('when 市委书记、市人大常委会主任 precede a name, then the person holds both posts', () => {
    expect(posts(graphOf('运城市委书记、市人大常委会主任刘新海在河津市调研。'))).toEqual([
      '刘新海 主任 运城市人大常委会',
      '刘新海 书记 运城市委',
    ]);
  });

  it('when two posts are listed for two people, then each keeps only their own, a bare 县长 in the county of the item', () => {
    expect(posts(graphOf('新绛县委书记宋明、县长李强出席。'))).toEqual([
      '宋明 书记 新绛县委',
      '李强 县长 新绛县人民政府',
    ]);
  });
});

describe('county commissions in a compound title', () => {
  it('when 县纪委书记、监委主任 precede a name, then the second post is in the same county commission', () => {
    expect(posts(graphOf('垣曲县纪委书记、监委主任许文斌介绍情况。'))).toEqual([
      '许文斌 主任 垣曲县监委',
      '许文斌 书记 垣曲县纪委',
    ]);
  });
});
