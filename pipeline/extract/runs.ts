/**
 * Who runs an initiative or mechanism. In order:
 * - the host of a 主办/协办 event;
 * - the body, place or person written last before it in the same clause (某县锚定
 *   “一城两区三门户”目标), unless that one is an object or a location (前往…, 在…), and any
 *   partners joined to it by 与/和/、 (A与B共同推动“…”, A、B联合开展“…”);
 * - the subject of the paragraph so far: official writing drops a subject it has just
 *   named (某县老年大学深入推进…。积极拓展…，打造“流动课堂”);
 * - otherwise the place the item is about (a county page's headline), resolved later.
 */
import type { Mention, Sentence } from '../types';
import type { ArticleReading } from './mentions';

const RUNNER_LABELS = ['Organization', 'Place', 'Person'] as const;
const VERBS = /(构建|打造|开展|实施|推行|推动|建立|创建|创新|推出|设立|开通|锚定|锁定|形成|探索|深化|坚持|举办|启动|搭建|建设|开设|成立|制定|落实|压实|充实|健全|运用|实行|推进|围绕|依托|聚焦)$/;
/** Words before a mention that make it an object or a location, not a subject. */
const NOT_SUBJECT_BEFORE = /(在|到|赴|向|对|给|为|把|将|从|于|前往|走进|来到|组织|带领|动员|帮助|引导|指导|联系|包括|涵盖|联合)$/;

/** Candidates that are objects or locations; a 、-list goes on with the status of its head. */
function objects(text: string, sentenceStart: number, candidates: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  candidates.forEach((m, k) => {
    const lead = text.slice(0, m.start - sentenceStart);
    const prev = candidates[k - 1];
    if (NOT_SUBJECT_BEFORE.test(lead) || (prev && out.has(prev) && lead.endsWith('、'))) out.add(m);
  });
  return out;
}

export interface PendingRun {
  concept: Mention;
  sentence: Sentence;
  verb?: string;
}

function isRunner(m: Mention): boolean {
  return (RUNNER_LABELS as readonly string[]).includes(m.label) && !m.componentOf && !m.implied;
}

/** The paragraph's subject: the runner that opens a sentence (after an adverbial like 去年以来，). */
function openingSubject(s: Sentence, ms: readonly Mention[]): Mention | undefined {
  const first = ms.find(isRunner);
  if (!first) return undefined;
  const lead = s.text.slice(0, first.start - s.start);
  return /^([^，]{0,12}，)?$/.test(lead) ? first : undefined;
}

export function readRuns(sentences: readonly Sentence[], reading: ArticleReading): PendingRun[] {
  const pending: PendingRun[] = [];
  let subject: Mention | undefined;
  let previousEnd = -1;
  for (const s of sentences) {
    const text = s.text;
    if (previousEnd < 0 || !/^ *$/.test(reading.articleText.slice(previousEnd, s.start))) subject = undefined;
    previousEnd = s.end;
    const all = reading.inSentence(s);
    subject = openingSubject(s, all) ?? subject;
    const host = all.find((m) => m.label === 'Organization' && text.startsWith('主办', m.end - s.start));
    for (const concept of all) {
      if ((concept.label !== 'Initiative' && concept.label !== 'Mechanism') || concept.componentOf) continue;
      const before = text.slice(0, concept.start - 1 - s.start);
      const verb = VERBS.exec(before)?.[1];
      const props: Record<string, string> = verb ? { verb } : {};
      const clauseStart = s.start + Math.max(before.lastIndexOf('；'), before.lastIndexOf('：')) + 1;
      const candidates = all.filter((m) => isRunner(m) && m.end < concept.start && m.start >= clauseStart);
      const notSubjects = objects(text, s.start, candidates);
      const subjects = candidates.filter((m) => !notSubjects.has(m));
      // The outermost mention ending last: 平陆县委组织部, not the 平陆县委 inside it.
      let runner = host && host.end < concept.start ? host : undefined;
      if (!runner) for (const m of subjects) if (!runner || m.end > runner.end || (m.end === runner.end && m.start < runner.start)) runner = m;
      runner ??= subject && subject.end <= concept.start ? subject : undefined;
      if (!runner) {
        pending.push({ concept, sentence: s, ...(verb ? { verb } : {}) });
        continue;
      }
      const surface = runner.sentence === s ? text.slice(runner.start - s.start, concept.end + 1 - s.start) : concept.surface;
      reading.fact('RUNS', runner, concept, s, surface, props);
      // Partners written before the runner: A与B, A、B (联合开展 …).
      let joined: Mention = runner;
      for (let k = candidates.length - 1; k >= 0; k -= 1) {
        const m = candidates[k]!;
        if (m.end >= joined.start || !/^[与和同、]$/.test(text.slice(m.end - s.start, joined.start - s.start))) continue;
        reading.fact('RUNS', m, concept, s, text.slice(m.start - s.start, concept.end + 1 - s.start), props);
        joined = m;
      }
    }
  }
  return pending;
}
