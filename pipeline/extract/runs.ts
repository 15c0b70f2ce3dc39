/**
 * Who runs an initiative or mechanism. In order:
 * - the body or place written just before it (某村党群服务中心, 某县“…”工作体系): the owner;
 * - a practice written as a frame (在“…”建设中, 在党群服务中心) is run by nobody in its sentence;
 * - the host of a 主办/协办 event;
 * - the body, place or person written last before it in the same clause (某县打造“…”品牌),
 *   unless that one is an object or a location (前往…, 在…), and any partners joined to it by
 *   与/和/、 (A与B共同推动“…”, A、B联合开展“…”);
 * - the subject of the paragraph so far: official writing drops a subject it has just
 *   named (某县老年大学深入推进…。积极拓展…，打造“流动课堂”);
 * - otherwise the place the item is about (a county page's headline), resolved later.
 * Two readings make a practice the city's, not a county's: a goal a county takes up
 * (某县锚定“…”目标, the goal is set above it) and a kicker above a feature's headline naming
 * no one (a page banner such as 凝心聚力建设“…”). Both are resolved later to the city of the
 * runner or the page. No heading is a paragraph's subject.
 */
import type { ArticleItem } from '../../model/schema';
import type { Mention, Sentence } from '../types';
import type { ArticleReading } from './mentions';

const RUNNER_LABELS = ['Organization', 'Place', 'Person'] as const;
const OWNER_LABELS = ['Organization', 'Place'] as const;
const VERBS =
  /(构建|打造|开展|实施|推行|推动|建立|创建|创新|推出|设立|开通|锚定|锁定|形成|探索|深化|坚持|举办|启动|搭建|建设|开设|成立|制定|落实|压实|充实|健全|运用|实行|推进|围绕|依托|聚焦)$/;
/** Words before a mention that make it an object or a location, not a subject. */
const NOT_SUBJECT_BEFORE =
  /(在|到|赴|向|对|给|为|把|将|从|于|前往|走进|来到|组织|带领|动员|帮助|引导|指导|联系|包括|涵盖|联合)$/;
/**
 * A practice right after 在 is the frame or the place of the sentence's action (在“…”建设中,
 * 在日间照料中心里, 在入户走访时), not what its subject runs; 正在/现在/所在 are no such 在.
 */
const FRAME_BEFORE = /(?<![正现存实所])在$/;
/** Verbs by which a county takes up a goal set above it, and the nouns that make the name a goal. */
const ADOPTING_VERBS = /(锚定|锁定|对标|紧扣|围绕|聚焦|紧盯|瞄准)$/;
const GOAL_AFTER = /^”?的?(目标|愿景|定位)/;

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
  /** The practice is the city's: of the city of `from` (a county that takes up its goal), or of the page's city. */
  city?: { from?: Mention };
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

/** Headlines, banners and section headings are short lines without a full stop. */
const HEADING_MAX = 40;

/** A whole line that is a heading (title, subtitle, banner, section heading), not a sentence of a body. */
function isHeading(s: Sentence, articleText: string): boolean {
  const wholeLine =
    (s.start === 0 || articleText[s.start - 1] === '\n') &&
    (s.end === articleText.length || articleText[s.end] === '\n');
  return wholeLine && s.text.length <= HEADING_MAX && !/[。！？!?；;：:，,…]$/.test(s.text);
}

/**
 * Starts of the kicker lines (引题) of an item's title: the lines above its main headline, which
 * stands before the —— subtitle (or is the title's last line). A kicker is the page's or the
 * series' slogan (凝心聚力建设“…”), not the item's own story.
 */
function kickerStarts(articleText: string, item: ArticleItem): number[] {
  const lines: Array<{ start: number; text: string }> = [];
  let length = -1;
  for (let at = item.start; at < item.end && length < item.title.length;) {
    const nl = articleText.indexOf('\n', at);
    const end = nl < 0 ? articleText.length : nl;
    if (end > at) {
      lines.push({ start: at, text: articleText.slice(at, end) });
      length += end - at + 1;
    }
    at = end + 1;
  }
  const subtitle = lines.findIndex((l) => l.text.startsWith('——'));
  const main = subtitle > 0 ? subtitle - 1 : lines.length - 1;
  return lines.slice(0, Math.max(0, main)).map((l) => l.start);
}

export function readRuns(
  sentences: readonly Sentence[],
  reading: ArticleReading,
  items: readonly ArticleItem[],
): PendingRun[] {
  const pending: PendingRun[] = [];
  const kickers = new Set(
    items.filter((i) => i.kind === 'feature' && i.title !== '').flatMap((i) => kickerStarts(reading.articleText, i)),
  );
  let subject: Mention | undefined;
  let previousEnd = -1;
  for (const s of sentences) {
    const text = s.text;
    if (previousEnd < 0 || !/^ *$/.test(reading.articleText.slice(previousEnd, s.start))) subject = undefined;
    previousEnd = s.end;
    const all = reading.inSentence(s);
    const headline = isHeading(s, reading.articleText);
    subject = headline ? undefined : (openingSubject(s, all) ?? subject);
    const host = all.find((m) => m.label === 'Organization' && text.startsWith('主办', m.end - s.start));
    for (const concept of all) {
      if ((concept.label !== 'Initiative' && concept.label !== 'Mechanism') || concept.componentOf) continue;
      // Where the name is written, with its opening quote (“…” or a thesaurus word as it stands).
      const open = text[concept.start - 1 - s.start] === '“' ? concept.start - 1 : concept.start;
      const before = text.slice(0, open - s.start);
      const verb = VERBS.exec(before)?.[1];
      const props: Record<string, string> = verb ? { verb } : {};
      const ownerEnd = before.endsWith('的') ? open - 1 : open;
      const owner = all.find(
        (m) => (OWNER_LABELS as readonly string[]).includes(m.label) && isRunner(m) && m.end === ownerEnd,
      );
      if (!owner && FRAME_BEFORE.test(before)) continue;
      // A heading's colon follows its place (某县某镇：…), a body's colon opens a new clause.
      const clauseStart = s.start + Math.max(before.lastIndexOf('；'), headline ? -1 : before.lastIndexOf('：')) + 1;
      const candidates = all.filter((m) => isRunner(m) && m.end <= open && m.start >= clauseStart);
      const notSubjects = objects(text, s.start, candidates);
      const subjects = candidates.filter((m) => !notSubjects.has(m));
      // The outermost mention ending last: 平陆县委组织部, not the 平陆县委 inside it.
      let runner = owner ?? (host && host.end < concept.start ? host : undefined);
      if (!runner)
        for (const m of subjects)
          if (!runner || m.end > runner.end || (m.end === runner.end && m.start < runner.start)) runner = m;
      runner ??= subject && subject.end <= concept.start ? subject : undefined;
      if (!runner) {
        pending.push({
          concept,
          sentence: s,
          ...(verb ? { verb } : {}),
          ...(kickers.has(s.start) ? { city: {} } : {}),
        });
        continue;
      }
      if (verb && ADOPTING_VERBS.test(verb) && GOAL_AFTER.test(text.slice(concept.end - s.start))) {
        pending.push({ concept, sentence: s, verb, city: { from: runner } });
        continue;
      }
      const close = concept.end + (text[concept.end - s.start] === '”' ? 1 : 0);
      const surface = runner.sentence === s ? text.slice(runner.start - s.start, close - s.start) : concept.surface;
      reading.fact('RUNS', runner, concept, s, surface, props);
      // Partners written before the runner: A与B, A、B (联合开展 …).
      let joined: Mention = runner;
      for (let k = candidates.length - 1; k >= 0; k -= 1) {
        const m = candidates[k]!;
        if (m.end >= joined.start || !/^[与和同、]$/.test(text.slice(m.end - s.start, joined.start - s.start)))
          continue;
        reading.fact('RUNS', m, concept, s, text.slice(m.start - s.start, close - s.start), props);
        joined = m;
      }
    }
  }
  return pending;
}
