/**
 * .html saved from a browser: the article body found by Readability (on linkedom, no browser), with
 * navigation, headers, footers and scripts dropped first; the title, publication date, address and
 * outlet from the page's metadata. A page that declares a Chinese legacy charset (gb2312, gbk) is
 * decoded as GB18030, its superset.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decode } from '../decode';
import { parseDate, type FormatResult } from '../document';
import { blockText, type DomNode } from './dom-text';

/** Page furniture that is never the article (Readability scores it low, but short pages keep it). */
const CHROME = 'nav, footer, aside, form, [role=navigation], [role=contentinfo], [role=banner], [role=search]';

/** Date metadata, most specific first. */
const DATE_SELECTORS: readonly [string, string][] = [
  ['meta[property="article:published_time"]', 'content'],
  ['meta[name="publishdate"]', 'content'],
  ['meta[name="PubDate"]', 'content'],
  ['meta[name="pubdate"]', 'content'],
  ['meta[itemprop="datePublished"]', 'content'],
  ['meta[name="date"]', 'content'],
  ['time[datetime]', 'datetime'],
];

const LEGACY_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*(gb2312|gbk|gb18030|x-gbk)\b/iu;

function decodeHtml(bytes: Uint8Array): { ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | FormatResult {
  // The charset declaration is ASCII, so it can be read before the page is decoded.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (LEGACY_CHARSET.test(head)) {
    try {
      return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch {
      // Declared wrongly: fall through to detection.
    }
  }
  return decode(bytes);
}

type Doc = ReturnType<typeof parseHTML>['document'];

const attr = (doc: Doc, selector: string, name: string): string | undefined =>
  doc.querySelector(selector)?.getAttribute(name)?.trim() || undefined;

function pageDate(doc: Doc): string | undefined {
  for (const [selector, name] of DATE_SELECTORS) {
    const date = parseDate(attr(doc, selector, name));
    if (date) return date;
  }
  return undefined;
}

function pageUrl(doc: Doc): string | undefined {
  const url = attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content');
  return url && /^https?:\/\/\S+$/iu.test(url) ? url : undefined;
}

/** og:title or the first h1 is the article's own title; <title> often carries the site's name after it. */
function pageTitle(doc: Doc, readabilityTitle: string | null | undefined): string | undefined {
  const candidates = [
    attr(doc, 'meta[property="og:title"]', 'content'),
    doc.querySelector('h1')?.textContent,
    readabilityTitle,
    doc.querySelector('title')?.textContent,
  ];
  return candidates.map((c) => c?.replace(/\s+/gu, ' ').trim()).find((c) => c) || undefined;
}

export function readHtml(bytes: Uint8Array): FormatResult {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const { document } = parseHTML(decoded.text);
  // Metadata first: Readability rewrites the document it reads.
  const meta = {
    date: pageDate(document),
    url: pageUrl(document),
    outlet: attr(document, 'meta[property="og:site_name"]', 'content'),
    title: pageTitle(document, undefined),
  };
  for (const el of document.querySelectorAll(CHROME)) el.remove();
  const article = new Readability(document as unknown as Document, {
    serializer: (node) => node,
    // Chinese packs an article into fewer characters than the English the default is tuned for.
    charThreshold: 100,
  }).parse();
  const body = article?.content ?? document.body;
  const text = body ? blockText(body as unknown as DomNode) : '';
  const result: FormatResult = { ok: true, text, encoding: decoded.encoding };
  const title = meta.title ?? pageTitle(document, article?.title);
  if (title) result.title = title;
  const date = meta.date ?? parseDate(article?.publishedTime);
  if (date) result.date = date;
  if (meta.url) result.url = meta.url;
  const outlet = meta.outlet ?? article?.siteName?.trim();
  if (outlet) result.outlet = outlet;
  return result;
}
