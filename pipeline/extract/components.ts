/**
 * The parts of a mechanism, as official writing states them:
 * - a dashed name lists its stages: “播种—育苗—成林”体系 → 播种, 育苗, 成林;
 * - a gloss in brackets lists its items: “四勤”（手勤、腿勤…）工作机制;
 * - a numbered system is spelled out after a colon or 即: “2345”工作体系：2个目标、三大体系…
 */
import type { Mention, Sentence } from '../types';
import type { ArticleReading } from './mentions';

const NUMBERED_ITEM = /^(?:[0-9]+|[一二两三四五六七八九十]+)(?:个|大|项|条|支|类|种|张|级|套|化)?[\u4e00-\u9fff]/;

function addParts(
  s: Sentence,
  reading: ArticleReading,
  mechanism: Mention,
  parts: Array<{ text: string; start: number }>,
): void {
  parts.forEach((p, k) => {
    const part = reading.add({
      label: 'Mechanism',
      name: p.text,
      surface: p.text,
      start: p.start,
      end: p.start + p.text.length,
      sentence: s,
      componentOf: { mention: mechanism.index, order: k + 1 },
    });
    reading.fact('PART_OF', part, mechanism, s, p.text, { order: k + 1 });
  });
}

/** Split `text` (starting at offset `start`) on `sep`, keeping each part's offset. */
function split(text: string, start: number, sep: RegExp): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  for (const m of text.matchAll(sep)) {
    out.push({ text: text.slice(from, m.index), start: start + from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), start: start + from });
  return out.filter((p) => p.text !== '');
}

export function readComponents(s: Sentence, reading: ArticleReading): void {
  for (const m of reading.inSentence(s)) {
    if (m.label !== 'Mechanism' || m.componentOf) continue;
    const dashed = split(m.surface, m.start, /[—－–-]+/g);
    if (dashed.length >= 2 && dashed.length <= 6 && dashed.every((p) => p.text.length >= 2 && p.text.length <= 8)) {
      addParts(s, reading, m, dashed);
      continue;
    }
    const after = s.text.slice(m.end + 1 - s.start);
    const gloss = /^（([^（）]{3,60})）/.exec(after);
    if (gloss) {
      const parts = split(gloss[1]!, m.end + 2, /、/g);
      if (parts.length >= 2) addParts(s, reading, m, parts);
      continue;
    }
    if (m.code) {
      // “2345”工作体系：2个目标、… or “2345”工作体系，即2个目标、…
      const colon = /[：即]/.exec(after.slice(0, 13))?.index ?? -1;
      if (colon < 0) continue;
      const listText = /^[^，。；]+/.exec(after.slice(colon + 1))?.[0] ?? '';
      const parts = split(listText, m.end + 1 + colon + 1, /、/g);
      if (parts.length >= 2 && parts.every((p) => NUMBERED_ITEM.test(p.text))) addParts(s, reading, m, parts);
    }
  }
}
