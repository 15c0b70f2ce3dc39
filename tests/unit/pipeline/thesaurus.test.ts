/**
 * The governance thesaurus (pipeline/knowledge/thesaurus.yaml) and the unquoted practices read
 * with it. Sentences are invented, in the manner of county news from several provinces.
 */
import { THESAURUS, thesaurusSchema } from '../../../pipeline/knowledge/thesaurus';
import { findTerms } from '../../../pipeline/extract/thesaurus-terms';
import { conceptKey } from '../../../pipeline/extract/concept-key';
import { CONCEPT_CATEGORIES } from '../../../model/schema';
import { graphOf, propsOf, runnersOf } from './graph-queries';

describe('thesaurus schema', () => {
  const entry = {
    name: '三会一课',
    synonyms: [],
    category: 'mechanism',
    scope: 'national',
    meaning: '党内组织生活制度',
  };

  it('when a surface form names two practices, then the thesaurus is rejected', () => {
    expect(() => thesaurusSchema.parse([entry, { ...entry, name: '主题党日', synonyms: ['三会一课'] }])).toThrow(
      /三会一课/,
    );
  });

  it('when a surface form is shorter than three characters, then the thesaurus is rejected', () => {
    expect(() => thesaurusSchema.parse([{ ...entry, synonyms: ['党课'] }])).toThrow();
  });

  it('when an entry has an unknown category, scope or field, then the thesaurus is rejected', () => {
    expect(() => thesaurusSchema.parse([{ ...entry, category: 'slogan' }])).toThrow();
    expect(() => thesaurusSchema.parse([{ ...entry, scope: 'local' }])).toThrow();
    expect(() => thesaurusSchema.parse([{ ...entry, source: '某报' }])).toThrow();
  });

  it('when the bundled thesaurus is loaded, then it holds at least 220 practices covering every category and scope', () => {
    expect(THESAURUS.length).toBeGreaterThanOrEqual(220);
    expect(new Set(THESAURUS.map((e) => e.category))).toEqual(new Set(CONCEPT_CATEGORIES));
    expect(new Set(THESAURUS.map((e) => e.scope))).toEqual(new Set(['national', 'provincial', 'local-typical']));
  });
});

describe('one key per practice', () => {
  it('when a practice is written in any of its forms, then it keys to the canonical name', () => {
    for (const v of ['支部领办合作社', '村党组织领办合作社', '党支部领办合作社', '“党组织领办合作社”'])
      expect(conceptKey(v)).toBe('党支部领办合作社');
    for (const v of ['街乡吹哨、部门报到', '吹哨报到']) expect(conceptKey(v)).toBe('吹哨报到');
    expect(conceptKey('新时代“枫桥经验”')).toBe('枫桥经验');
    expect(conceptKey('双报到、双服务')).toBe('双报到');
  });

  it('when a name is no form of a thesaurus practice, then it keeps its own key', () => {
    expect(conceptKey('红枣之乡')).toBe('红枣之乡');
  });
});

describe('findTerms', () => {
  it('when the text is empty or has no practice, then nothing is found', () => {
    expect(findTerms('')).toEqual([]);
    expect(findTerms('今年收成不错。')).toEqual([]);
  });

  it('when a short form lies inside a longer one, then the longest form is read once', () => {
    const found = findTerms('该村党组织领办合作社带动增收');
    expect(found.map((t) => [t.start, t.end, t.entry.name])).toEqual([[1, 10, '党支部领办合作社']]);
  });
});

describe('unquoted practices from several provinces', () => {
  const doc = graphOf(
    '本报讯 浙江某县某镇推行积分制管理，设立积分超市，村民凭积分兑换生活用品。',
    '四川某县某村每月召开坝坝会，群众围坐商议修路和环境整治。',
    '北京某区某街道深化“街乡吹哨、部门报到”，推动接诉即办向未诉先办延伸。',
    '河南某县开展五星支部创建，贵州某县推广新时代农民讲习所。',
  );

  it('when a national practice is read, then its node carries scope national and its category', () => {
    expect(propsOf(doc, 'mechanism:积分制管理')).toMatchObject({
      name: '积分制管理',
      scope: 'national',
      category: 'mechanism',
    });
    expect(propsOf(doc, 'mechanism:接诉即办')).toMatchObject({ scope: 'national', category: 'mechanism' });
  });

  it('when a provincial or local-typical practice is read, then its scope says so', () => {
    expect(propsOf(doc, 'initiative:坝坝会')).toMatchObject({
      scope: 'provincial',
      category: 'activity',
      kind: 'activity',
    });
    expect(propsOf(doc, 'initiative:五星支部创建')).toMatchObject({ scope: 'provincial', category: 'campaign' });
    expect(propsOf(doc, 'initiative:新时代讲习所')).toMatchObject({
      scope: 'provincial',
      category: 'facility',
      kind: 'facility',
      aliases: ['新时代农民讲习所'],
    });
    expect(propsOf(doc, 'initiative:积分超市')).toMatchObject({ scope: 'local-typical', category: 'facility' });
  });

  it('when a quoted regional spelling is a form of a practice, then it is that practice, not a local brand', () => {
    expect(propsOf(doc, 'mechanism:吹哨报到')).toMatchObject({
      name: '吹哨报到',
      scope: 'national',
      aliases: ['街乡吹哨、部门报到'],
    });
  });

  it('when a quoted brand is not in the thesaurus, then its scope is local and it has no category', () => {
    const brand = graphOf('稷山县打造“枣乡红”党建品牌。');
    expect(propsOf(brand, 'initiative:枣乡红')).toMatchObject({ scope: 'local' });
    expect(propsOf(brand, 'initiative:枣乡红')?.category).toBeUndefined();
  });
});

describe('who runs a thesaurus practice', () => {
  it('when a village is written just before a facility, then the village runs it even after 在', () => {
    const doc = graphOf('在平陆县杜马乡东坡村党群服务中心，村干部为群众办理业务。');
    expect(runnersOf(doc, '党群服务中心')).toEqual(['东坡村']);
  });

  it('when a practice is only the frame of an action (在…), then no one runs it', () => {
    const doc = graphOf('新绛县三泉镇的村民在日间照料中心里下棋聊天。');
    expect(runnersOf(doc, '日间照料中心')).toEqual([]);
  });

  it('when 在 is part of 正在 or the practice is no frame, then the subject still runs it', () => {
    const doc = graphOf('新绛县正在推行积分制管理。', '万荣县在全县推行网格化管理。');
    expect(runnersOf(doc, '积分制管理')).toEqual(['新绛县']);
    expect(runnersOf(doc, '网格化管理')).toEqual(['万荣县']);
  });

  it('when two counties write one practice in different forms, then it is one node run from both, each with its own sentence', () => {
    const doc = graphOf('新绛县推行坐班值班制度，方便群众办事。', '万荣县建立农村“两委”干部坐班值班机制。');
    expect(runnersOf(doc, '坐班值班')).toEqual(['万荣县', '新绛县']);
    const runs = doc.relationships.filter((r) => r.type === 'RUNS' && r.end === 'mechanism:坐班值班');
    expect(
      runs.map((r) => (r.properties as { evidence: Array<{ sentence: string }> }).evidence.map((e) => e.sentence)),
    ).toEqual([['万荣县建立农村“两委”干部坐班值班机制。'], ['新绛县推行坐班值班制度，方便群众办事。']]);
  });

  it('when a kicker above the headline names a practice and no one, then the city runs it, not the county of the page', () => {
    const doc = graphOf('深入推进乡村振兴\n小积分激活大治理\n——平陆县常乐镇纪实\n平陆县常乐镇推行积分制管理。');
    expect(runnersOf(doc, '乡村振兴')).toEqual(['运城市']);
    expect(runnersOf(doc, '积分制管理')).toEqual(['常乐镇']);
  });
});

describe('forms with a gap', () => {
  it('when a pattern has no gap or a one-character head, then the thesaurus is rejected', () => {
    const entry = {
      name: '党支部领办合作社',
      synonyms: [],
      category: 'organisation_form',
      scope: 'provincial',
      meaning: '村党组织领办合作社',
    };
    expect(() => thesaurusSchema.parse([{ ...entry, patterns: ['领办合作社'] }])).toThrow();
    expect(() => thesaurusSchema.parse([{ ...entry, patterns: ['领…合作社'] }])).toThrow();
  });

  it('when the object sits between the head and the tail, then the practice is read with the words as written', () => {
    const doc = graphOf(
      '金寨县某某村党总支领办茶叶合作社，统一品牌销售。',
      '内丘县某某村还由村党支部领办了果品合作社。',
    );
    const node = propsOf(doc, 'initiative:党支部领办合作社');
    expect(node).toMatchObject({ name: '党支部领办合作社', aliases: ['领办了果品合作社', '领办茶叶合作社'] });
  });

  it('when the tail is too far or past a comma, then nothing is read', () => {
    expect(findTerms('领办，合作社')).toEqual([]);
    expect(findTerms('领办一二三四五六七八九合作社')).toEqual([]);
  });

  it('when in-service members report to where they live, then it is 双报到 whatever the place', () => {
    for (const t of ['在职党员到居住地社区报到', '在职党员到村报到', '在职党员回社区报到'])
      expect(findTerms(t).map((m) => m.entry.name)).toEqual(['双报到']);
  });
});
