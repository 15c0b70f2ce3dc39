/**
 * Newspaper credits: the paper's bylines and page credits name who made the article, each
 * CREDITED with a role (记者, 通讯员, 责编, 校对 …); they are not posts.
 */
import { SURNAMES } from '../knowledge/names';
import { BYLINE_OPENERS, CREDIT_ROLES, PHOTO_CREDIT } from '../knowledge/posts';
import type { ArticleItem } from '../../model/schema';
import type { Sentence } from '../types';
import { alternation } from './lexicon';
import { isTransliteratedName } from './name-boundaries';
import type { ArticleReading } from './mentions';

const BYLINE_RE = new RegExp(`^(?:${alternation(BYLINE_OPENERS)})`);
/** A name standing alone (after the start or a space) before the photo mark that ends the sentence. */
const PHOTO_LINE = new RegExp(`(?:^|\\s)([\\u4e00-\\u9fff]{2,3}) ?${PHOTO_CREDIT.word}$`);

/**
 * The paper's bylines (本报记者 某某 某某; 本报讯（记者 某某）; 本报讯（通讯员 某某 记者 某某）; □ 记者 某某
 * 通讯员 某某; 本报记者 某某摄), page credits (本版策划 某某 … 校 对 某 某; 责编：某某) and caption photo
 * credits (…。 某某 摄): each name is CREDITED with its role on the article, not a post. Names are
 * the tokens after a role, split by spaces or colons or written on (记者某某); a layout space inside
 * a two-character name (孙 伟) is closed up.
 */
export function readCredits(s: Sentence, reading: ArticleReading, itemKind: ArticleItem['kind'] | undefined): void {
  const text = s.text;
  const byline = BYLINE_RE.exec(text);
  // 本报记者 某某摄 is a byline: the photographer is credited as the reporter.
  if (itemKind === 'caption' && !byline) readPhotoCredit(s, reading);
  const creditLine = itemKind === 'credits';
  if (!byline && !creditLine) return;
  let role = byline ? CREDIT_ROLES.find((r) => r.pattern === byline[0])?.role : undefined;
  // 本报讯（记者 某某）正文…: the byline ends with its bracket.
  const close = byline?.[0].endsWith('（') ? text.indexOf('）') : -1;
  const end = close >= 0 ? close : text.length;
  const tokens = creditTokens(text.slice(0, end), byline ? byline[0].length : 0);
  tokens.forEach((t, k) => {
    const credit = CREDIT_ROLES.find((r) => r.pattern === t.token);
    if (credit) {
      role = credit.role;
      return;
    }
    const name = byline && t.token.endsWith(PHOTO_CREDIT.word) ? t.token.slice(0, -PHOTO_CREDIT.word.length) : t.token;
    // Inside a byline or a credit line a two- or three-character token after a role is a name, whatever its surname.
    const hanName = /^[\u4e00-\u9fff]{2,3}$/.test(name) && (creditLine || close >= 0 || SURNAMES.has(name[0]!));
    // A longer token is a name only right after its role and before the next role or the end: names of
    // Mongolian, Tibetan or Uyghur reporters are written in four to six characters (记者 巴特尔其其格).
    const previous = tokens[k - 1];
    const following = tokens[k + 1];
    const longName =
      /^[\u4e00-\u9fff]{4,6}$/.test(name) &&
      previous !== undefined &&
      CREDIT_ROLES.some((r) => r.pattern === previous.token) &&
      (following === undefined || CREDIT_ROLES.some((r) => r.pattern === following.token));
    if (!(hanName || longName || isTransliteratedName(name)) || !role) return;
    // The surface keeps a layout space (孙 伟) and drops a trailing 摄.
    addCredit(s, reading, t.start, t.end - (t.token.length - name.length), name, role);
  });
}

function addCredit(s: Sentence, reading: ArticleReading, start: number, end: number, name: string, role: string): void {
  const surface = s.text.slice(start, end);
  const person = reading.add({
    label: 'Person',
    name,
    surface,
    start: s.start + start,
    end: s.start + end,
    sentence: s,
  });
  reading.credit(person, role, s, surface);
}

/** ▲ …。 某某 摄 / 某某摄: the photographer named at the end of a caption. */
function readPhotoCredit(s: Sentence, reading: ArticleReading): void {
  const m = PHOTO_LINE.exec(s.text);
  if (!m || !SURNAMES.has(m[1]![0]!)) return;
  const start = m.index + m[0].indexOf(m[1]!);
  addCredit(s, reading, start, start + m[1]!.length, m[1]!, PHOTO_CREDIT.role);
}

/** The tokens of a byline or credit line: split at spaces, brackets and colons; roles split off names written on (记者某某); 孙 伟 closed up. */
function creditTokens(text: string, from: number): Array<{ token: string; start: number; end: number }> {
  const raw = [...text.slice(from).matchAll(/[^ （）：:]+/g)].map((m) => ({
    token: m[0],
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  const out: Array<{ token: string; start: number; end: number }> = [];
  for (let k = 0; k < raw.length; k += 1) {
    const t = { ...raw[k]! };
    const next = raw[k + 1];
    if (t.token.length === 1 && next && next.token.length === 1 && next.start === t.end + 1) {
      out.push({ token: t.token + next.token, start: t.start, end: next.end });
      k += 1;
      continue;
    }
    const title = CREDIT_ROLES.find((r) => t.token.startsWith(r.pattern) && t.token.length > r.pattern.length);
    if (title) {
      out.push({ token: title.pattern, start: t.start, end: t.start + title.pattern.length });
      out.push({ token: t.token.slice(title.pattern.length), start: t.start + title.pattern.length, end: t.end });
    } else out.push(t);
  }
  return out;
}
