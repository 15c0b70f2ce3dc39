/**
 * Normalise a page's text. The result is what Article.text stores, so every later offset
 * indexes into it directly:
 * - line ends unified, full-width letters and digits made half-width, tabs and ideographic
 *   spaces made plain spaces, runs of spaces collapsed;
 * - Markdown heading marks (`## `) dropped;
 * - half-width , ; : ? ! ( ) next to Chinese made full-width, so rules see one punctuation;
 * - a paragraph broken mid-sentence by the page layout is joined again, and a photo caption
 *   printed inside the break is moved after the joined paragraph.
 * Paragraphs are separated by one newline.
 */
import { isHan, CLOSERS } from './characters';

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

function normaliseChars(text: string): string {
  let out = text.replace(/\r\n?/g, '\n').replace(/[\uFF01-\uFF5E]/g, (ch) => {
    const half = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    // Only letters and digits become half-width; full-width punctuation is the Chinese norm.
    return /[0-9A-Za-z]/.test(half) ? half : ch;
  });
  out = out.replace(/[\t\u3000\u00A0]/g, ' ').replace(/ {2,}/g, ' ');
  out = out.replace(/[,;:?!()]/g, (ch, offset: number, s: string) => {
    const prev = s[offset - 1];
    const next = s[offset + 1];
    const cjkNeighbour =
      isHan(prev) ||
      isHan(next) ||
      /[\u3000-\u303F\uFF00-\uFFEF“”]/.test(prev ?? '') ||
      /[\u3000-\u303F\uFF00-\uFFEF“”]/.test(next ?? '');
    return cjkNeighbour ? (HALF_TO_FULL[ch] ?? ch) : ch;
  });
  return out;
}

/** Photo captions: ▲…, 图为…, a credit line ending in 摄, or a marked archive photo. */
export function isCaption(paragraph: string): boolean {
  return /^▲/.test(paragraph) || /^图为/.test(paragraph) || /摄$/.test(paragraph) || /（资料图片）$/.test(paragraph);
}

/**
 * Page credits: 本版策划 …, 本版责编 …, 校 对 … (layout may space the two characters), and the bracketed
 * credit closing a web article: （责任编辑：某某）, （编辑：某某 审核：某某）, （摄影：某某）.
 */
export function isCredits(paragraph: string): boolean {
  return (
    /^(本版|责 ?编|校 ?对|美 ?编)/.test(paragraph) ||
    /^[（(](责任编辑|责编|编辑|校对|美编|摄影|审核|审校)[：:][^（）()]{2,40}[）)]$/.test(paragraph)
  );
}

const TERMINAL = new Set([...'。！？!?；：…—', ...CLOSERS]);

/**
 * A line that carries body text (long, or holding a full stop: not a heading; not a ——
 * subtitle) and stops mid-sentence.
 */
function endsMidSentence(paragraph: string): boolean {
  const body = paragraph.length >= 30 || /[。；！？]/.test(paragraph);
  return (
    body &&
    !paragraph.startsWith('——') &&
    !TERMINAL.has(paragraph[paragraph.length - 1] ?? '') &&
    !isCaption(paragraph) &&
    !isCredits(paragraph)
  );
}

/** A line that can continue a broken sentence: not a heading, caption, credit or new item. */
function canContinue(paragraph: string): boolean {
  if (isCaption(paragraph) || isCredits(paragraph) || /^(本报讯|本报记者)/.test(paragraph)) return false;
  const last = paragraph[paragraph.length - 1] ?? '';
  return paragraph.length >= 20 || '。！？；…'.includes(last) || /[。！？]”$/.test(paragraph);
}

function joinBrokenParagraphs(paragraphs: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    let current = paragraphs[i]!;
    const moved: string[] = [];
    i += 1;
    while (endsMidSentence(current)) {
      let j = i;
      while (j < paragraphs.length && isCaption(paragraphs[j]!)) j += 1;
      if (j >= paragraphs.length || !canContinue(paragraphs[j]!)) break;
      moved.push(...paragraphs.slice(i, j));
      current += paragraphs[j]!;
      i = j + 1;
    }
    out.push(current, ...moved);
  }
  return out;
}

export function normaliseText(raw: string): string {
  const lines = normaliseChars(raw)
    .split('\n')
    .map((l) => l.replace(/^#{1,6} +/, '').trim())
    .filter((l) => l !== '');
  return joinBrokenParagraphs(lines).join('\n');
}
