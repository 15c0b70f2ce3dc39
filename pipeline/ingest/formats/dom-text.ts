/**
 * The plain text of a parsed HTML tree as the extractor wants it: one paragraph per line. Block
 * elements (p, div, h1, li, tr …) and <br> end a line; inline ones (a, span, strong …) run on, so
 * 县委书记<a>张三</a>强调 stays one sentence. Shared by the .html and .docx readers.
 */
import { paragraphs } from '../document';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS']);

/** The minimal node shape both linkedom and the DOM have. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Whitespace before a Chinese character or mark, after one or after punctuation: a wrapped source line
 * (县委书记⏎张三, 小区,⏎让居民), never a word gap.
 */
const BETWEEN_CJK =
  /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef,.;:!?)"'])\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function blockText(root: DomNode): string {
  const lines: string[] = [''];
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      // Line breaks inside HTML source are layout, not paragraphs.
      lines[lines.length - 1] += (node.textContent ?? '').replace(/\s+/gu, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      lines.push('');
      return;
    }
    const block = BLOCK.has(name);
    if (block) lines.push('');
    for (let i = 0; i < node.childNodes.length; i += 1) walk(node.childNodes[i]!);
    if (block) lines.push('');
  };
  walk(root);
  return paragraphs(lines.map((l) => l.replace(BETWEEN_CJK, '')));
}
