import { pinyinKeys, toLuceneQuery } from '../../../db/fulltext';

describe('toLuceneQuery', () => {
  it('when the text is blank, then the query is empty', () => {
    expect(toLuceneQuery('   ')).toBe('');
  });

  it('when the text holds Lucene operators, then they are escaped, not interpreted', () => {
    expect(toLuceneQuery('双报到 AND (x')).not.toMatch(/(^|[^\\])\(/);
    expect(toLuceneQuery('a:b"')).toBe('"a\\:b\\""^3 OR a\\:b\\"');
  });

  it('when the text is Latin letters, then it is matched as a pinyin or initials prefix', () => {
    expect(toLuceneQuery('SZJ')).toBe('pinyin:szj* OR initials:szj* OR name:szj* OR aliases:szj*');
    expect(toLuceneQuery('song zhijiang')).toContain('pinyin:songzhijiang*');
  });

  it('when the text is a number code, then names containing it match', () => {
    expect(toLuceneQuery('13612')).toContain('name:13612');
  });

  it('when the text is one Chinese character, then it is a prefix; longer text is boosted as a phrase', () => {
    expect(toLuceneQuery('宋')).toBe('宋*');
    expect(toLuceneQuery('志江')).toBe('"志江"^3 OR 志江');
  });
});

describe('pinyinKeys', () => {
  it('gives full pinyin and initials, reading the first character as a surname', () => {
    expect(pinyinKeys('宋志江')).toEqual({ pinyin: 'songzhijiang', initials: 'szj' });
    expect(pinyinKeys('单雄信').pinyin).toBe('shanxiongxin');
  });

  it('when the name has no Chinese characters, then the keys are empty', () => {
    expect(pinyinKeys('13612')).toEqual({ pinyin: '', initials: '' });
  });
});
