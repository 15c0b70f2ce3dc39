/**
 * Every common way of writing a post, on invented sentences in the styles of several provinces
 * (names and villages made up for the test): title before name, name before title, personnel
 * notices, compound titles, place posts, status, and role words that are not posts.
 */
import knowledge from '../../../pipeline/knowledge/data/posts.json';
import { graphOf, names, node } from './graph-queries';

/** "person title body status" for every HOLDS_POST. */
function postsWithStatus(text: string): string[] {
  const doc = graphOf(text);
  const name = (id: string) => String(node(doc, id)?.properties.name);
  return doc.relationships
    .filter((r) => r.type === 'HOLDS_POST')
    .map((r) => {
      const p = r.properties as { title: string; status: string };
      return `${name(r.start)} ${p.title} ${name(r.end)} ${p.status}`;
    })
    .sort();
}

describe('the post knowledge file', () => {
  it('when a role word is listed as not a post, then it is not also a post title, and it says why', () => {
    for (const r of knowledge.personRoles) {
      expect(knowledge.titles).not.toContain(r.word);
      expect(r.reason.length).toBeGreaterThan(5);
    }
  });

  it('when the non-posts 村民, 党员, 居民, 群众, 志愿者 are looked up, then each is a person role', () => {
    const roles = knowledge.personRoles.map((r) => r.word);
    expect(roles).toEqual(expect.arrayContaining(['村民', '党员', '居民', '群众', '志愿者']));
  });
});

describe('a title before the name', () => {
  it.each([
    ['竹溪村党支部书记汪建平介绍，村里修了路。', ['汪建平 书记 竹溪村党支部 current']],
    [
      '王家坪村党支部书记、村委会主任王小军说。',
      ['王小军 主任 王家坪村村委会 current', '王小军 书记 王家坪村党支部 current'],
    ],
    ['平陆县杜马乡党委书记李建国调研。', ['李建国 书记 杜马乡党委 current']],
  ])('when the text is %s, then the posts are read', (text, expected) => {
    expect(postsWithStatus(text)).toEqual(expected);
  });
});

describe('a name before the title', () => {
  it.each([
    ['韦丽娟，现任龙潭村党支部书记。', ['韦丽娟 书记 龙潭村党支部 current']],
    ['彭德华（石桥村党支部书记）说，村里有了新变化。', ['彭德华 书记 石桥村党支部 current']],
    ['韦丽娟是龙潭村党支部书记。', ['韦丽娟 书记 龙潭村党支部 current']],
    ['刘洋任芮城县风陵渡镇党委书记。', ['刘洋 书记 风陵渡镇党委 current']],
    ['李建国同志任平陆县杜马乡党委书记。', ['李建国 书记 杜马乡党委 current']],
  ])('when the text is %s, then the posts are read', (text, expected) => {
    expect(postsWithStatus(text)).toEqual(expected);
  });

  it('when the post stands in apposition after the name (王某，某镇党委副书记、乡长，), then the posts are read', () => {
    expect(postsWithStatus('李强，平陆县杜马乡党委副书记、乡长，主持会议。')).toEqual([
      '李强 乡长 杜马乡人民政府 current',
      '李强 副书记 杜马乡党委 current',
    ]);
    expect(postsWithStatus('王建国，东山村党支部书记，今年56岁。')).toEqual(['王建国 书记 东山村党支部 current']);
  });

  it('when several speakers are listed with their posts in brackets (王某（…）、李某（…）), then each holds their own', () => {
    expect(
      postsWithStatus(
        '座谈会上，王德荣（平陆县杜马乡杜村党支部书记）、谭秀梅（东山社区党总支书记、居委会主任）、屈建业（平陆县杜马乡党委副书记）先后发言。',
      ),
    ).toEqual([
      '屈建业 副书记 杜马乡党委 current',
      '王德荣 书记 杜村党支部 current',
      '谭秀梅 主任 东山社区居委会 current',
      '谭秀梅 书记 东山社区党总支 current',
    ]);
  });

  it('when the post clause opens with a time after the name has opened the sentence (2014年起担任), then the post is read', () => {
    expect(postsWithStatus('韩志强今年52岁，2014年起担任东山村党支部书记。')).toEqual([
      '韩志强 书记 东山村党支部 current',
    ]);
    expect(names(graphOf('韩志强今年52岁，是个热心人。'), 'Person')).toEqual([]);
  });

  it('when a later clause opens with 他 and a post verb (他曾任…), then the post is of the person the item named last, never the reporter of the byline', () => {
    expect(
      postsWithStatus(
        '在平陆县杜马乡杜村，68岁的退役军人黄德茂是出了名的“和事佬”。他曾任杜村党支部书记，退休后加入调解委员会。',
      ),
    ).toEqual(['黄德茂 书记 杜村党支部 former']);
    expect(postsWithStatus('他曾任杜村党支部书记。')).toEqual([]);
    expect(postsWithStatus('□ 记者 汪佳佳\n平陆县杜马乡杜村，他是杜村党支部书记。')).toEqual([]);
  });

  it('when a role is joined to the titles (调解员、老党员某某), then the name after the role holds the titles', () => {
    expect(postsWithStatus('平陆县杜马乡杜村调解员、老党员黄德茂说。')).toEqual(['黄德茂 调解员 杜村 current']);
  });

  it('when a name is followed by something other than a post (是个热心人, 任务繁重), then no post is read', () => {
    expect(postsWithStatus('韦丽娟是个热心人。韦丽娟任务繁重。')).toEqual([]);
    expect(names(graphOf('王建国，今年56岁，是个热心人。'), 'Person')).toEqual([]);
  });
});

describe('personnel notices', () => {
  it('when a notice gives sex, nationality, birth year and education, then 现任 posts are current and 拟任 posts proposed', () => {
    expect(
      postsWithStatus(
        '陈志强，男，汉族，1978年3月生，研究生学历，现任花茂村党总支书记、村委会主任，拟任稷山县翟店镇党委副书记。',
      ),
    ).toEqual([
      '陈志强 主任 花茂村村委会 current',
      '陈志强 书记 花茂村党总支 current',
      '陈志强 副书记 翟店镇党委 proposed',
    ]);
  });

  it("when the notice gives the posts in the sentence after the personal data, then they are that person's", () => {
    const notice =
      '张国栋，男，汉族，1976年2月生，大学学历，1999年6月加入中国共产党。曾任平陆县杜马乡党委书记，现任平陆县委常委、组织部部长，拟任平陆县委副书记。\n赵永刚，男，汉族，1979年10月生。现任平陆县常乐镇党委书记。';
    expect(postsWithStatus(notice)).toEqual([
      '张国栋 书记 杜马乡党委 former',
      '张国栋 副书记 平陆县委 proposed',
      '张国栋 常委 平陆县委 current',
      '张国栋 部长 平陆县委组织部 current',
      '赵永刚 书记 常乐镇党委 current',
    ]);
  });

  it('when a proposal ends with 人选 or says 提名为…候选人, then that post is proposed', () => {
    expect(
      postsWithStatus('马晓梅，女，回族，1983年7月生，现任运城市民政局副局长，拟任平陆县人民政府副县长人选。'),
    ).toEqual(['马晓梅 副县长 平陆县人民政府 proposed', '马晓梅 副局长 运城市民政局 current']);
    expect(
      postsWithStatus(
        '唐晓燕，女，汉族，1986年11月生，现任平陆县委组织部副部长，拟任平陆县杜马乡党委副书记，提名为乡长候选人。',
      ),
    ).toEqual([
      '唐晓燕 乡长 杜马乡人民政府 proposed',
      '唐晓燕 副书记 杜马乡党委 proposed',
      '唐晓燕 副部长 平陆县委组织部 current',
    ]);
  });

  it('when a woman is proposed as a candidate (拟提名为…候选人), then that post is proposed', () => {
    expect(
      postsWithStatus('黄丽萍，女，壮族，1982年生，大专学历，现任金湖社区党委书记，拟提名为金湖社区居委会主任候选人。'),
    ).toEqual(['黄丽萍 主任 金湖社区居委会 proposed', '黄丽萍 书记 金湖社区党委 current']);
  });
});

describe('compound titles and place posts', () => {
  it('when an executive deputy title is compounded (县委组织部副部长、县委党校常务副校长), then both posts are read', () => {
    expect(postsWithStatus('平陆县委组织部副部长、县委党校常务副校长雷晓燕主持。')).toEqual([
      '雷晓燕 副部长 平陆县委组织部 current',
      '雷晓燕 常务副校长 平陆县委党校 current',
    ]);
  });

  it('when two titles are joined by 兼, then each is its own post', () => {
    expect(postsWithStatus('白沙村党支部书记兼村委会主任欧阳春说。')).toEqual([
      '欧阳春 主任 白沙村村委会 current',
      '欧阳春 书记 白沙村党支部 current',
    ]);
  });

  it('when a village has a resident first secretary and work-team leader, then 第一书记 is held in the village and 队长 in its resident work team', () => {
    expect(postsWithStatus('夏县泗交镇东山村驻村第一书记、工作队队长马晓燕介绍。')).toEqual([
      '马晓燕 第一书记 东山村 current',
      '马晓燕 队长 东山村驻村工作队 current',
    ]);
    expect(postsWithStatus('派驻夏县泗交镇东山村的驻村工作队队长吴永辉进村。')).toEqual([
      '吴永辉 队长 东山村驻村工作队 current',
    ]);
  });

  it('when the item names the village party branch, then its 第一书记 is held in that branch', () => {
    expect(postsWithStatus('夏县泗交镇东山村党支部开展主题党日。驻村第一书记吴志鹏讲党课。')).toEqual([
      '吴志鹏 第一书记 东山村党支部 current',
    ]);
  });

  it('when a grid worker, grid head or mediator of a community is named, then the post is held in the community', () => {
    expect(postsWithStatus('金湖社区网格员苏丽萍每天巡查。')).toEqual(['苏丽萍 网格员 金湖社区 current']);
    expect(postsWithStatus('金湖社区网格长、楼栋长陶文斌说。')).toEqual([
      '陶文斌 楼栋长 金湖社区 current',
      '陶文斌 网格长 金湖社区 current',
    ]);
    expect(postsWithStatus('金湖社区调解员黄德茂说。')).toEqual(['黄德茂 调解员 金湖社区 current']);
  });
});

describe('status', () => {
  it('when a post is written after 曾任, then it is former, and a 现任 post of the same sentence current', () => {
    expect(postsWithStatus('周强同志曾任绛县卫庄镇党委书记，现任绛县卫庄镇东山村第一书记。')).toEqual([
      '周强 书记 卫庄镇党委 former',
      '周强 第一书记 东山村 current',
    ]);
  });

  it('when a title is written after 原, then the post is former', () => {
    expect(postsWithStatus('原平陆县委书记王伟出席。')).toEqual(['王伟 书记 平陆县委 former']);
  });

  it('when 候选人 stands between the title and the name, then the post is proposed', () => {
    expect(postsWithStatus('夏县东山村村委会主任候选人李强发言。')).toEqual(['李强 主任 东山村村委会 proposed']);
  });

  it('when one person has a former and a current post with the same title, then both are kept as separate relationships', () => {
    const doc = graphOf('王伟曾任平陆县委书记，现任平陆县委书记。');
    expect(doc.relationships.filter((r) => r.type === 'HOLDS_POST').map((r) => r.id)).toEqual([
      'HOLDS_POST:person:140829/王伟->org:140829/平陆县委:书记',
      'HOLDS_POST:person:140829/王伟->org:140829/平陆县委:书记:former',
    ]);
  });
});

describe('words that are not posts and not names', () => {
  it('when a resident, party member, volunteer or villager is named, then the person exists without a post', () => {
    const doc = graphOf('村民赵克思说。居民李红霞反映。志愿者王芳说。党员张三丰带头。');
    expect(names(doc, 'Person')).toEqual(['张三丰', '李红霞', '王芳', '赵克思']);
    expect(postsWithStatus('村民赵克思说。居民李红霞反映。志愿者王芳说。党员张三丰带头。')).toEqual([]);
  });

  it('when a role word is followed by an ordinary word or a verb (群众满意, 党员干部, 居民齐上阵), then no person is read', () => {
    expect(names(graphOf('群众满意度高，党员干部带头。'), 'Person')).toEqual([]);
    expect(names(graphOf('一到周末，居民齐上阵，群众全参与。'), 'Person')).toEqual([]);
  });

  it('when a surname is read as a numeral or a verb follows a surname jieba reads as one (余振华, 徐建新), then the name is whole', () => {
    expect(names(graphOf('平陆县杜马乡党委书记余振华说，村里变了。'), 'Person')).toEqual(['余振华']);
    expect(names(graphOf('金湖社区网格长徐建新是一名退休老党员。'), 'Person')).toEqual(['徐建新']);
  });

  it('when a role word is followed by an adverb and a pronoun (村民都叫他), then no person is read', () => {
    expect(names(graphOf('村民都叫他“茶书记”。'), 'Person')).toEqual([]);
  });

  it('when a title is followed by a verb starting with a surname character (成立, 接过), then only a real name is read', () => {
    expect(names(graphOf('东山村党支部书记成立了合作社。'), 'Person')).toEqual([]);
    expect(names(graphOf('村党支部书记李伟接过话筒说。'), 'Person')).toEqual(['李伟']);
  });
});

describe('a meeting report', () => {
  const REPORT = `平陆县召开基层治理工作推进会
本报讯（记者 程晓东）12月1日，平陆县召开基层治理工作推进会。县委书记马建军出席并讲话，县委副书记、县长孙立新主持会议，县委常委、组织部部长杜红梅通报情况。
杜马乡党委书记周勇、常乐镇党委书记郭晓峰作交流发言。
马建军强调，全县上下要高度重视，落实落细各项任务。
据悉，原杜马乡党委书记刘明已调任县农业农村局局长。
村民代表、党员代表、群众代表共200余人参加会议。
本版责编 贾婷 校对 石磊`;

  it('then every official holds the posts the report gives, a transfer included, and the staff are credits', () => {
    expect(postsWithStatus(REPORT)).toEqual([
      '刘明 书记 杜马乡党委 former',
      '刘明 局长 平陆县农业农村局 current',
      '周勇 书记 杜马乡党委 current',
      '孙立新 副书记 平陆县委 current',
      '孙立新 县长 平陆县人民政府 current',
      '杜红梅 常委 平陆县委 current',
      '杜红梅 部长 平陆县委组织部 current',
      '郭晓峰 书记 常乐镇党委 current',
      '马建军 书记 平陆县委 current',
    ]);
    expect(names(graphOf(REPORT), 'Person')).toEqual([
      '刘明',
      '周勇',
      '孙立新',
      '杜红梅',
      '石磊',
      '程晓东',
      '贾婷',
      '郭晓峰',
      '马建军',
    ]);
  });
});

describe('a profile', () => {
  const PROFILE = `扎根山村的“领头雁”
——记夏县泗交镇东山村党支部书记孙建业
本报记者 高婷婷
清晨六点，东山村的广场上已经有了人影。孙建业和村委会委员董丽一起查看新修的水渠。
“以前村里路难走，现在好了。”村民马秀兰笑着说。老党员柴德明告诉记者，支部每月都开“三会一课”。
驻村第一书记何志远介绍，工作队已帮助村里引进了两家企业。网格员齐爱华每天走村入户，高度重视群众诉求，常常忙到深夜。
方便群众办事，是村里的头等大事。`;

  it('then a first secretary and a grid worker with no village in their sentence hold their posts in the village of the item (the first secretary in its party branch)', () => {
    expect(postsWithStatus(PROFILE)).toEqual([
      '何志远 第一书记 东山村党支部 current',
      '孙建业 书记 东山村党支部 current',
      '董丽 委员 东山村村委会 current',
      '齐爱华 网格员 东山村 current',
    ]);
  });

  it('then villagers and old party members are people without posts, and common words are nobody', () => {
    expect(names(graphOf(PROFILE), 'Person')).toEqual([
      '何志远',
      '孙建业',
      '柴德明',
      '董丽',
      '马秀兰',
      '高婷婷',
      '齐爱华',
    ]);
  });
});

describe('more ways of writing a post (的, lists, 支书, prefixes, township bodies)', () => {
  it.each([
    // 的: the post describes the name after it; 曾 before the verb makes it former.
    ['平陆县杜马乡东山村召开会议。现任东山村村委会主任的老党员周文斌讲了规划。', ['周文斌 主任 东山村村委会 current']],
    [
      '平陆县杜马乡东山村召开会议。2020年起任东山村村务监督委员会主任的韩立新，每月核对账目。',
      ['韩立新 主任 东山村村务监督委员会 current'],
    ],
    // a list of names and a count before the post they share.
    [
      '平陆县杜马乡党委召开会议。郑红梅、袁立军两位杜马乡党委委员分别发言。',
      ['袁立军 委员 杜马乡党委 current', '郑红梅 委员 杜马乡党委 current'],
    ],
    // 支书 is the 书记 of the village's 党支部.
    ['平陆县杜马乡东山村支书曹永福介绍。', ['曹永福 书记 东山村党支部 current']],
    // 专职 is a prefix, not another post.
    ['平陆县杜马乡东山村党委专职副书记宋玉兰说。', ['宋玉兰 副书记 东山村党委 current']],
    // township bodies: 人大, 团委, 武装部, 党组 after a bureau.
    ['平陆县杜马乡人大主席石建平出席。', ['石建平 主席 杜马乡人大 current']],
    ['平陆县杜马乡团委书记任晓雯说。', ['任晓雯 书记 杜马乡团委 current']],
    [
      '平陆县杜马乡党委委员、武装部部长彭国庆说。',
      ['彭国庆 委员 杜马乡党委 current', '彭国庆 部长 杜马乡武装部 current'],
    ],
    [
      '贾明华，女，汉族，现任平陆县民政局副局长，拟任平陆县民政局党组书记。',
      ['贾明华 书记 平陆县民政局党组 proposed', '贾明华 副局长 平陆县民政局 current'],
    ],
    // a township committee post written on the township alone is in its 党委.
    ['平陆县杜马乡专职组织员冯晓梅下村指导。', ['冯晓梅 组织员 杜马乡党委 current']],
    // a post after the previous holder and 、 is in that holder's body.
    [
      '平陆县杜马乡党委组织委员卢志刚、宣传委员范丽萍到村里走访。',
      ['卢志刚 组织委员 杜马乡党委 current', '范丽萍 宣传委员 杜马乡党委 current'],
    ],
    // a name jieba splits into a surname read as a numeral and a "verb" (某/m 建新/v), before what is said of a person.
    [
      '平陆县县委副书记、县长许建新出席并讲话。',
      ['许建新 副书记 平陆县委 current', '许建新 县长 平陆县人民政府 current'],
    ],
  ])('when the text is %s, then the posts are read', (text, expected) => {
    expect(postsWithStatus(text)).toEqual(expected);
  });

  it('when 曾 opens the clause of a post joined by 的 (曾在某村担任第一书记的…某某), then the post is former', () => {
    expect(
      postsWithStatus('平陆县杜马乡东山村有了新变化。曾在东山村担任第一书记的县干部吕丹，如今又回到村里。'),
    ).toEqual(['吕丹 第一书记 东山村 former']);
  });

  it('when 的 joins a post to a relative (担任书记的儿子某某) or follows 是, then the name holds no post', () => {
    expect(postsWithStatus('平陆县杜马乡东山村开会。曾担任东山村党支部书记的儿子魏海涛也来了。')).toEqual([]);
    expect(postsWithStatus('平陆县杜马乡东山村开会。他是东山村党支部书记的助手魏海涛。')).toEqual([]);
  });

  it('when a count does not match the listed names, or no count is written, then the list holds no post', () => {
    expect(postsWithStatus('平陆县杜马乡党委召开会议。郑红梅、袁立军三位杜马乡党委委员发言。')).toEqual([]);
    expect(postsWithStatus('平陆县杜马乡东山村开会。郑红梅、袁立军两位村文艺骨干表演节目。')).toEqual([]);
  });

  it('when a pronoun and an adverb open a post clause (她还兼任村妇联主席), then the post is the person named last', () => {
    expect(postsWithStatus('平陆县杜马乡东山村党支部书记马秀英介绍。她还兼任村妇联主席。')).toEqual([
      '马秀英 主席 东山村妇联 current',
      '马秀英 书记 东山村党支部 current',
    ]);
  });
});

describe('decisions written verb first (任命…为, 免去…的…职务)', () => {
  it('when a standing committee appoints and removes, then the appointed post is current and the removed one former', () => {
    expect(
      postsWithStatus('本报讯 某某市人大常委会决定：任命张三为湘潭县民政局局长；免去李四同志的湘潭县民政局局长职务。'),
    ).toEqual(['张三 局长 湘潭县民政局 current', '李四 局长 湘潭县民政局 former']);
  });

  it('when a name is nominated, then the post is proposed', () => {
    expect(postsWithStatus('本报讯 会议提名王五为湘潭县易俗河镇镇长候选人。')).toEqual([
      '王五 镇长 易俗河镇人民政府 proposed',
    ]);
  });

  it('when the decision verb is not followed by a name and its link word, then no post is read', () => {
    expect(postsWithStatus('本报讯 任命仪式上，湘潭县民政局局长致辞。')).toEqual([]);
  });
});

describe('names without a Han surname, and posts of every region', () => {
  it.each([
    // A Uyghur name written with a middle dot, ended where the sentence goes on.
    [
      '伽师县巴仁镇团结路社区党支部书记阿不都拉·吐尔逊说，服务队上门了。',
      ['阿不都拉·吐尔逊 书记 团结路社区党支部 current'],
    ],
    // A Mongolian name made of two common parts, after a 苏木's committee.
    ['科尔沁右翼前旗乌兰毛都苏木党委书记巴图苏和介绍，牧民增收了。', ['巴图苏和 书记 乌兰毛都苏木党委 current']],
    // 嘎查 is the village: its bodies are named after it, the committee's name not doubled.
    [
      '科尔沁右翼前旗乌兰毛都苏木萨仁台嘎查党支部书记、嘎查委员会主任阿古拉说。',
      ['阿古拉 主任 萨仁台嘎查委员会 current', '阿古拉 书记 萨仁台嘎查党支部 current'],
    ],
    // A post of the river-chief system is the village's, after a post of the village's party branch.
    [
      '英德市望埠镇莲塘村党支部书记、村级河长赖志强巡河。',
      ['赖志强 书记 莲塘村党支部 current', '赖志强 河长 莲塘村 current'],
    ],
    // 原 between the village and its unit dates the post and stays out of the body's name.
    ['武功县贞元镇东川村原党支部书记何建军回忆。', ['何建军 书记 东川村党支部 former']],
    // The 原 of a city's name is no status.
    ['太原市委书记周文斌调研。', ['周文斌 书记 太原市委 current']],
    // A workplace between the post and the name is no post.
    ['佳县朱家坬镇泥河沟村第一书记、县农业农村局干部马志远介绍。', ['马志远 第一书记 泥河沟村 current']],
    // A decision carries on over the clauses after it, to the next ；.
    [
      '经宁远县人民政府研究决定：任命孙立伟为县农业农村局局长，钱丽华为县民政局副局长；免去周志刚的县民政局副局长职务。',
      [
        '周志刚 副局长 宁远县民政局 former',
        '孙立伟 局长 宁远县农业农村局 current',
        '钱丽华 副局长 宁远县民政局 current',
      ],
    ],
    // 省委 and 副省长 on a county's page are its province's.
    [
      '本报讯 近日，山西省运城市平陆县召开会议。省委常委、组织部部长李建华到平陆县调研，副省长王晓东出席。',
      ['李建华 常委 山西省委 current', '李建华 部长 山西省委组织部 current', '王晓东 副省长 山西省人民政府 current'],
    ],
    // Three-character names jieba splits (某家/nrfg 明/a), a one-character term (家) inside a name, a 纪委 of the township.
    ['阳西县织篢镇召开会议。镇纪委书记陈家明主持会议。', ['陈家明 书记 织篢镇纪委 current']],
    ['阳西县织篢镇西湖社区党委书记林伟强作了发言。', ['林伟强 书记 西湖社区党委 current']],
    // A short title (村支书) reads a body that spans no text; the scan back over written bodies must not stall on it.
    [
      '宁远县清水桥镇平田村是个山村。他叫王德胜，是平田村的党支部书记。\n在“80后”村支书李卫国的带领下，平田村发展起了脐橙产业。',
      ['李卫国 书记 平田村党支部 current', '王德胜 书记 平田村党支部 current'],
    ],
    // A post held for years (曾任…20多年); 大学生 is a status before the name.
    ['宁远县清水桥镇平田村的老党员陈德华曾任平田村党支部书记20多年。', ['陈德华 书记 平田村党支部 former']],
    ['宁远县清水桥镇平田村换届后，80后大学生周晓东当选村党总支书记。', ['周晓东 书记 平田村党总支 current']],
    // 宣传部长 is the 部长 of the committee's 宣传部, written short.
    ['宁远县委常委、宣传部长郑晓东出席。', ['郑晓东 常委 宁远县委 current', '郑晓东 部长 宁远县委宣传部 current']],
    // An age before the name opening the clause; 当选 without 为.
    ['武功县贞元镇东川村，1998年，32岁的何立平当选东川村村委会主任。', ['何立平 主任 东川村村委会 current']],
  ])('when the text is %s, then the posts are read', (text, expected) => {
    expect(postsWithStatus(text)).toEqual(expected);
  });

  it('when a banner county is written short (科右前旗), then it is the county', () => {
    const doc = graphOf('科右前旗乌兰毛都苏木召开会议。');
    expect(names(doc, 'Place')).toEqual(expect.arrayContaining(['科尔沁右翼前旗', '乌兰毛都苏木']));
  });
});
