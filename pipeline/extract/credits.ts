/**
 * Newspaper credits: the paper's bylines and page credits name who made the article, each
 * CREDITED with a role (记者, 通讯员, 责编, 校对 …); they are not posts.
 */
import { SURNAMES } from '../knowledge/names';
import { BYLINE_OPENERS, CREDIT_ROLES } from '../knowledge/posts';
import type { Sentence } from '../types';
import { alternation } from './lexicon';
import type { ArticleReading } from './mentions';

const BYLINE_RE = new RegExp(`^(?:${alternation(BYLINE_OPENERS)})`);

/**
 * The paper's bylines (本报记者 某某 某某; 本报讯（记者 某某）; 本报讯（通讯员 某某 记者 某某）;
 * 本报记者 某某摄) and page credits (本版策划 某某 … 校 对 某 某): each name is CREDITED with its
 * role on the article, not a post. Names are the tokens after a role, split by spaces or
 * written on (记者某某); a layout space inside a two-character name (孙 伟) is closed up.
 */
export function readCredits(s: Sentence, reading: ArticleReading, creditLine: boolean): void {
  const text = s.text;
  const byline = BYLINE_RE.exec(text);
  if (!byline && !creditLine) return;
  let role = byline ? CREDIT_ROLES.find((r) => r.pattern === byline[0])?.role : undefined;
  for (const { token, start, end } of creditTokens(text, byline ? byline[0].length : 0)) {
    const credit = CREDIT_ROLES.find((r) => r.pattern === token);
    if (credit) {
      role = credit.role;
      continue;
    }
    const name = byline && token.endsWith('摄') ? token.slice(0, -1) : token;
    const isName = /^[\u4e00-\u9fff]{2,3}$/.test(name) && (creditLine || SURNAMES.has(name[0]!));
    if (!isName || !role) continue;
    const surfaceEnd = end - (token.length - name.length);
    const person = reading.add({ label: 'Person', name, surface: text.slice(start, surfaceEnd), start: s.start + start, end: s.start + surfaceEnd, sentence: s });
    reading.credit(person, role, s, text.slice(start, surfaceEnd));
  }
}

/** The tokens of a byline or credit line: titles split off names written on (记者张敏), 孙 伟 closed up. */
function creditTokens(text: string, from: number): Array<{ token: string; start: number; end: number }> {
  const raw = [...text.slice(from).matchAll(/[^ （）]+/g)].map((m) => ({ token: m[0], start: from + m.index, end: from + m.index + m[0].length }));
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
