/**
 * Initiatives and mechanisms: quoted names typed by the noun after them (“春风行动”党建品牌,
 * “2345”工作体系, “四勤”（…）工作机制), by their own last word (“爱心驿站”, “千万工程”), or —
 * for a quoted name with no type word (坚持党员“双报到”) — by being a name typed elsewhere in
 * the input (`known`). Quoted speech, slogans and metaphors have no type and are left alone.
 * Besides, every practice of the governance thesaurus written in the sentence, quoted or not
 * (推行积分制管理, 建强党群服务中心), unless a quoted name already covers it.
 */
import { CONCEPT_TYPE_WORDS, SELF_TYPED_ENDINGS, type ConceptType } from '../knowledge/concepts';
import { labelOfCategory } from '../knowledge/thesaurus';
import { findTerms } from './thesaurus-terms';
import { isHan } from '../segment/characters';
import type { Mention, Sentence } from '../types';
import { conceptKey } from './concept-key';
import { quotes, type ArticleReading, type Quote } from './mentions';

/** How far after the closing quote the type noun may stand (“以强带弱”村党组织书记联席会议机制). */
const TYPE_WINDOW = 14;
/** Characters that end the look-ahead: a list goes on, or a new clause starts. */
const WINDOW_STOPS = new Set([...'与和及为、，。；：！？“”']);

export interface TypedQuote {
  quote: Quote;
  type: ConceptType;
  /** End of the type noun, or of the quote when the name types itself. */
  typeEnd: number;
}

function isNameQuote(s: Sentence, q: Quote): boolean {
  return (
    q.inner.length >= 2 &&
    q.inner.length <= 24 &&
    !/[，。！？；：‘’“”…]/.test(q.inner) &&
    !NOT_A_NAME_AFTER.test(s.text.slice(q.end - s.start))
  );
}

/**
 * A quote followed at once by a people noun describes those people (“两委”干部, “三新”党员);
 * followed by a body's suffix it is part of the body's name (“两新”工委).
 */
const NOT_A_NAME_AFTER =
  /^(干部|党员|群众|人员|书记|委员|居民|村民|学员|儿童|老人|青年|队员|工委|党委|党支部|党总支|委员会)/;

/** Goal and construction words type a name, but not a 、-list slogan (“党建引领、治理有效…”目标). */
const PROGRAMME_WORDS = new Set(['目标', '建设']);

/** The type noun after a closing quote, skipping a parenthesised gloss and 的. */
function typeAfter(text: string, from: number, inner: string): { type: ConceptType; end: number } | undefined {
  let i = from;
  if (text[i] === '（') {
    const close = text.indexOf('）', i);
    if (close < 0 || close - i > 40) return undefined;
    i = close + 1;
  }
  if (text[i] === '的') i += 1;
  let window = '';
  while (window.length < TYPE_WINDOW && isHan(text[i + window.length]) && !WINDOW_STOPS.has(text[i + window.length]!))
    window += text[i + window.length];
  let best: { type: ConceptType; end: number; at: number } | undefined;
  for (const { word, type } of CONCEPT_TYPE_WORDS) {
    if (PROGRAMME_WORDS.has(word) && inner.includes('、')) continue;
    const at = window.indexOf(word);
    // 先锋队伍, 服务队员: the word goes on into another noun.
    if (at >= 0 && '伍员'.includes(window[at + word.length] ?? '-')) continue;
    if (at >= 0 && (!best || at < best.at)) best = { type, end: i + at + word.length, at };
  }
  return best && { type: best.type, end: best.end };
}

function selfType(inner: string): ConceptType | undefined {
  return SELF_TYPED_ENDINGS.find((e) => inner.endsWith(e.ending) && inner.length > e.ending.length)?.type;
}

const typedCache = new WeakMap<Sentence, TypedQuote[]>();

/** The typed quotes of a sentence; “A”“B”等实践行动 gives A the type of B. Read once per sentence. */
export function typedQuotes(s: Sentence): TypedQuote[] {
  const cached = typedCache.get(s);
  if (cached) return cached;
  const text = s.text;
  const qs = quotes(s).filter((q) => isNameQuote(s, q));
  const out: Array<TypedQuote | undefined> = qs.map((q) => {
    const after = typeAfter(text, q.end - s.start, q.inner);
    if (after) return { quote: q, type: after.type, typeEnd: s.start + after.end };
    const own = selfType(q.inner);
    return own ? { quote: q, type: own, typeEnd: q.end } : undefined;
  });
  for (let k = qs.length - 2; k >= 0; k -= 1) {
    const between = text.slice(qs[k]!.end - s.start, qs[k + 1]!.start - s.start);
    if (!out[k] && out[k + 1] && /^[、和与及]?$/.test(between)) out[k] = { ...out[k + 1]!, quote: qs[k]! };
  }
  const typed = out.filter((t): t is TypedQuote => t !== undefined);
  typedCache.set(s, typed);
  return typed;
}

/** Keys of every typed name in a sentence: what makes an untyped “双报到” recognisable. */
export function typedKeys(s: Sentence): string[] {
  return typedQuotes(s).map((t) => conceptKey(t.quote.inner));
}

export function readConcepts(s: Sentence, reading: ArticleReading, known: ReadonlySet<string>): void {
  const typed = typedQuotes(s);
  const add = (q: Quote, type: ConceptType | undefined): Mention => {
    const base = { name: q.inner, surface: q.inner, start: q.start + 1, end: q.end - 1, sentence: s };
    const code = /^[0-9][0-9+N]*$/.test(q.inner) ? { code: q.inner } : {};
    // An untyped name gets its label at resolution, from the typed readings of its key.
    const untyped = type === undefined ? { untyped: true } : {};
    if (type?.label === 'Mechanism' || (!type && 'code' in code))
      return reading.add({ label: 'Mechanism', ...base, ...code, ...untyped });
    return reading.add({ label: 'Initiative', kind: type?.kind ?? 'programme', ...base, ...untyped });
  };
  const named: Mention[] = [];
  for (const q of quotes(s)) {
    const t = typed.find((x) => x.quote.start === q.start);
    if (t) named.push(add(q, t.type));
    else if (isNameQuote(s, q) && known.has(conceptKey(q.inner))) named.push(add(q, undefined));
  }
  for (const term of findTerms(s.text)) {
    const start = s.start + term.start;
    const end = s.start + term.end;
    if (named.length > 0 && named.some((m) => m.start < end && start < m.end)) continue;
    // Named by the practice (a gapped form such as 领办茶叶合作社 is no key of its own), read as written.
    const name = term.entry.name;
    const surface = s.text.slice(term.start, term.end);
    const type = labelOfCategory(term.entry.category);
    if (type.label === 'Mechanism') reading.add({ label: 'Mechanism', name, surface, start, end, sentence: s });
    else reading.add({ label: 'Initiative', kind: type.kind, name, surface, start, end, sentence: s });
  }
}
