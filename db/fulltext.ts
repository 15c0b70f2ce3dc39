/**
 * Full-text search over names, aliases and their pinyin. The index (cypher/schema.cypher) uses the
 * cjk analyzer: Chinese is indexed as overlapping bigrams, Latin letters and digits as whole words.
 */
import { pinyin } from 'pinyin-pro';

/** Pinyin keys stored on every named node so `zhangjianguo` and `zjg` find 张建国. */
export function pinyinKeys(name: string): { pinyin: string; initials: string } {
  const han = name.replace(/[^\u3400-\u9fff]/g, '');
  if (!han) return { pinyin: '', initials: '' };
  // surname: 'head' reads the first character as a surname (单 → shan), right for person names and harmless elsewhere.
  const syllables = pinyin(han, { toneType: 'none', type: 'array', surname: 'head' });
  return {
    pinyin: syllables.join('').toLowerCase(),
    initials: syllables
      .map((s) => s[0] ?? '')
      .join('')
      .toLowerCase(),
  };
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const escapeLucene = (s: string) => s.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/**
 * A user's search text → a Lucene query string (passed as a parameter, never spliced into Cypher).
 * Latin text is read as pinyin (full or initials) or as a code such as “2345”, with prefix matching.
 * A single Chinese character is a prefix of the bigrams that start with it.
 */
export function toLuceneQuery(text: string): string {
  const q = text.normalize('NFKC').trim();
  // Nothing to look for (empty, or only punctuation such as ' or *): no query, rather than one matching all.
  if (!/[\p{L}\p{N}]/u.test(q)) return '';
  if (/^[A-Za-z0-9\s']+$/.test(q)) {
    const compact = q.toLowerCase().replace(/[\s']+/g, '');
    if (/^\d+$/.test(compact))
      return `name:${compact} OR aliases:${compact} OR name:${compact}* OR aliases:${compact}*`;
    return `pinyin:${compact}* OR initials:${compact}* OR name:${compact}* OR aliases:${compact}*`;
  }
  // Lower case: the analyzer lowercases anyway, and a bare AND/OR/NOT would be read as an operator.
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean).map(escapeLucene);
  const parts = terms.flatMap((t) => (t.replace(/\\./g, '').length === 1 ? [`${t}*`] : [`"${t}"^3`, t]));
  return parts.join(' OR ');
}
