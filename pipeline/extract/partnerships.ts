/**
 * Partnerships between bodies or places:
 * - A 与/和/同 B … 共同/联合/携手 (co-organisers), … 联建/共建/组建/合作 (joint building), … 结对 (pairing);
 * - A 联合 B、C 开展 … (co-organisers);
 * - A 主办，B、C 协办 (co-organisers).
 */
import type { PartnerKind } from '../../model/schema';
import type { Mention, Sentence } from '../types';
import type { ArticleReading } from './mentions';

const PARTNER_LABELS = ['Organization', 'Place'] as const;

function kindOf(verbs: string): PartnerKind | undefined {
  if (/结对/.test(verbs)) return 'pairing';
  if (/共同|携手|联合(开展|举办|组织)/.test(verbs)) return 'co_organiser';
  if (/联建|共建|组建|合作|联合/.test(verbs)) return 'joint_building';
  return undefined;
}

/** Outermost partner mentions of a sentence (平陆县委组织部, not also 平陆县委 inside it). */
function partners(s: Sentence, reading: ArticleReading): Mention[] {
  const ms = reading.inSentence(s).filter((m) => (PARTNER_LABELS as readonly string[]).includes(m.label) && !m.implied);
  return ms.filter(
    (m) => !ms.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
}

/** The last mention of the place chain starting at ms[from] (闻喜县 东镇 上院村 written on end to end). */
function chainEnd(ms: Mention[], from: number): Mention {
  let j = from;
  while (ms[j + 1] && ms[j]!.label === 'Place' && ms[j + 1]!.label === 'Place' && ms[j + 1]!.start === ms[j]!.end)
    j += 1;
  return ms[j]!;
}

export function readPartnerships(s: Sentence, reading: ArticleReading): void {
  const ms = partners(s, reading);
  const text = s.text;
  const local = (at: number) => at - s.start;
  for (let k = 0; k + 1 < ms.length; k += 1) {
    const a = ms[k]!;
    const b = ms[k + 1]!;
    const between = text.slice(local(a.end), local(b.start));
    // A 与 B (…): the verb follows B within the clause; B written as a chain (某县某镇某村) is its last place.
    if (/^[与和同](毗邻的|相邻的)?$/.test(between)) {
      const b = chainEnd(ms, k + 1);
      const rest = /^[^，。；]{0,16}/.exec(text.slice(local(b.end)))?.[0] ?? '';
      const kind = kindOf(rest);
      if (kind) reading.fact('PARTNERS_WITH', a, b, s, text.slice(local(a.start), local(b.end)), { kind });
    }
    // A 联合 B、C …
    if (between === '联合') {
      for (let j = k + 1; j < ms.length; j += 1) {
        const prevEnd = j === k + 1 ? a.end + 2 : ms[j - 1]!.end;
        const gap = text.slice(local(prevEnd), local(ms[j]!.start));
        if (j > k + 1 && gap !== '、') break;
        reading.fact('PARTNERS_WITH', a, ms[j]!, s, text.slice(local(a.start), local(ms[j]!.end)), {
          kind: 'co_organiser',
        });
      }
    }
  }
  // A 主办，B、C 协办
  const host = ms.find((m) => text.startsWith('主办', local(m.end)));
  if (host) {
    for (const m of ms) {
      if (m.start <= host.end) continue;
      const rest = text.slice(local(m.end));
      const listed = rest.startsWith('、') || rest.startsWith('协办');
      if (!listed) break;
      reading.fact('PARTNERS_WITH', host, m, s, m.surface, { kind: 'co_organiser' });
    }
  }
}
