import fs from 'node:fs';
import path from 'node:path';
import { normaliseText } from '../../../pipeline/segment/normalise';
import { segmentArticle } from '../../../pipeline/segment/segment-article';

const page = [
  '## 平陆县举办主题活动',
  '',
  '本报讯(记者 曹欣怡)6月18日,平陆县委组织部主办的活动在平陆县委党校举行。',
  '',
  '“五多”社区如何焕新生?',
  '',
  '——临猗县葫芦岛社区党建引领基层治理观察',
  '',
  '本报记者 曹欣怡',
  '',
  '葫芦岛社区地处县城西北端老城区核心地带，下辖41个小区，其中40个是老旧小区。供销巷小区管委会主任',
  '',
  '▲图为居民在议事。 本报记者 闫鑫摄',
  '',
  '刘荣回忆道。',
  '',
  '本版责编\t曹欣怡\t美 编\t冯潇楠',
].join('\n');

describe('normaliseText', () => {
  it('when text is empty, then the result is empty', () => {
    expect(normaliseText('')).toBe('');
  });

  it('when half-width punctuation stands next to Chinese, then it becomes full-width; elsewhere it stays', () => {
    expect(normaliseText('本报讯(记者 曹欣怡)近日,他说:好! 比例56.5%, ok')).toBe(
      '本报讯（记者 曹欣怡）近日，他说：好！ 比例56.5%, ok',
    );
  });

  it('when full-width digits and letters appear, then they become half-width', () => {
    expect(normaliseText('１２３ＡＢ')).toBe('123AB');
  });

  it('when a paragraph breaks mid-sentence around a photo caption, then it is joined and the caption moves after it', () => {
    const text = normaliseText(page);
    expect(text).toContain('供销巷小区管委会主任刘荣回忆道。\n▲图为居民在议事。 本报记者 闫鑫摄');
  });

  it('when a short heading has no full stop, then it is not joined to the next paragraph', () => {
    expect(normaliseText('强基固本，筑牢党建引领\n\n乡村治理，关键在党。')).toBe(
      '强基固本，筑牢党建引领\n乡村治理，关键在党。',
    );
  });
});

describe('segmentArticle', () => {
  const article = segmentArticle({ id: 'p', source: 'p.md', text: page });

  it('when the page has a brief, a feature, a caption and credits, then each is an item of its kind with its title', () => {
    expect(article.items.map((i) => [i.kind, i.title])).toEqual([
      ['brief', '平陆县举办主题活动'],
      ['feature', '“五多”社区如何焕新生？ ——临猗县葫芦岛社区党建引领基层治理观察'],
      ['caption', ''],
      ['credits', ''],
    ]);
  });

  it('then every sentence is the slice of Article.text at its offsets and lies in its item', () => {
    expect(article.sentences.length).toBeGreaterThan(5);
    for (const s of article.sentences) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      const item = article.items[s.item]!;
      expect(item.start <= s.start && s.end <= item.end).toBe(true);
    }
  });

  it('then a caption sentence belongs to the caption, not to the feature around it', () => {
    const caption = article.sentences.find((s) => s.text.startsWith('▲'))!;
    expect(article.items[caption.item]!.kind).toBe('caption');
  });

  it('then the title is the first feature headline', () => {
    expect(article.title).toBe('“五多”社区如何焕新生？ ——临猗县葫芦岛社区党建引领基层治理观察');
  });
});

describe('splitSentences on run-on sentences', () => {
  const sentencesOf = (text: string) => segmentArticle({ id: 't', source: 't.txt', text }).sentences.map((s) => s.text);
  const clause = (n: number) => `某镇组织第${n}批网格员开展入户走访并建立问题清单逐项销号`;

  it('when a sentence has no break at all, then it stays whole however long', () => {
    const long = '某'.repeat(260) + '。';
    expect(sentencesOf(long)).toEqual([long]);
  });

  it('when a short sentence has a ；, then it is not split', () => {
    expect(sentencesOf('甲县推行积分制；乙县推行红黑榜。')).toEqual(['甲县推行积分制；乙县推行红黑榜。']);
  });

  it('when a long sentence runs clauses together with ；, then each clause is its own sentence', () => {
    const a = `一方面，${clause(1)}，${clause(2)}；`;
    const b = `另一方面，${clause(3)}，${clause(4)}。`;
    expect(sentencesOf(a + b)).toEqual([a, b]);
  });

  it('when a ； stands inside quotes, then the sentence is not split there', () => {
    const s = `${clause(1)}，${clause(2)}，提出“小事不出村；大事不出镇”的目标，${clause(3)}。`;
    expect(sentencesOf(s)).toEqual([s]);
  });

  it('when a very long clause lists quoted items, then it is split before each quoted item', () => {
    const items = ['“红色讲堂”每周开讲', '“银发课堂”上老党员讲述往事', '“村村响”广播每日播报政策'].map(
      (x) => `${x}，${clause(7)}，${clause(8)}`,
    );
    const text = `${items.join('，')}。`;
    const out = sentencesOf(text);
    expect(out).toHaveLength(3);
    expect(out.join('')).toBe(text);
    for (const s of out) expect(s.length).toBeLessThanOrEqual(200);
  });

  it('when the corpus is segmented, then no sentence with a break in it is over 200 characters and offsets stay exact', () => {
    const folder = path.join(__dirname, '..', '..', '..', 'graph-data', 'corpus');
    for (const f of fs.readdirSync(folder)) {
      const article = segmentArticle({ id: f, source: f, text: fs.readFileSync(path.join(folder, f), 'utf8') });
      for (const s of article.sentences) {
        expect(article.text.slice(s.start, s.end)).toBe(s.text);
        if (/[，；]/.test(s.text.slice(0, -1))) expect(s.text.length).toBeLessThanOrEqual(200);
      }
    }
  });
});
