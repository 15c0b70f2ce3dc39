/**
 * .docx (Word): the paragraphs by mammoth, through its HTML so headings and table cells stay lines of
 * their own; the title is the first heading. Anything that is not a Word document (a renamed file, an
 * old .doc) is reported as corrupt with what to do.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import type { FormatResult } from '../document';
import { blockText, type DomNode } from './dom-text';

/** Every .docx is a zip: 'PK\x03\x04'. An old binary .doc starts with the OLE signature instead. */
const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export async function readDocx(bytes: Uint8Array): Promise<FormatResult> {
  if (!isZip(bytes))
    return {
      ok: false,
      code: 'corrupt',
      message:
        'The file is not a Word .docx document (an old .doc?); open it in Word or WPS, save as .docx and add it again.',
    };
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const { document } = parseHTML(`<!doctype html><html><body>${value}</body></html>`);
  const text = blockText(document.body as unknown as DomNode);
  const heading = document.querySelector('h1, h2')?.textContent?.replace(/\s+/gu, ' ').trim();
  return heading ? { ok: true, text, title: heading } : { ok: true, text };
}
