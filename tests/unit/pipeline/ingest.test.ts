import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputFolderError } from '../../../pipeline/errors';
import { decode } from '../../../pipeline/ingest/decode';
import { readFolder } from '../../../pipeline/ingest/read-folder';
import { extractFolder } from '../../../pipeline/run';

const ARTICLE = '新绛县委书记宋志江在三泉镇调研。';

function folderWith(files: Record<string, Buffer | string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-ingest-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** GB18030 bytes of a string (Node has no GB18030 encoder; TextDecoder is the only built-in side). */
function gb18030(text: string): Buffer {
  // Every character used here is in GB2312; build the table from the decoder.
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0xb0; hi <= 0xf7; hi += 1)
    for (let lo = 0xa1; lo <= 0xfe; lo += 1) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (ch === '。') bytes.push(0xa1, 0xa3);
    else bytes.push(...(table.get(ch) ?? []));
  }
  return Buffer.from(bytes);
}

describe('readFolder', () => {
  it('when the folder does not exist, then it throws an InputFolderError', () => {
    expect(() => readFolder('/nonexistent/govgraph')).toThrow(InputFolderError);
  });

  it('when the folder has no .txt or .md files, then it throws an InputFolderError', () => {
    expect(() => readFolder(folderWith({ 'notes.docx': 'x' }))).toThrow(InputFolderError);
  });

  it('when files are empty, binary or oversize, then each gets its own problem and the good file is still read', () => {
    const dir = folderWith({
      'a-good.txt': ARTICLE,
      'b-empty.txt': '',
      'c-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
      'd-huge.md': 'x'.repeat(2000),
    });
    const { sources, problems } = readFolder(dir, { maxBytes: 1000 });
    expect(sources.map((s) => s.id)).toEqual(['a-good']);
    expect(problems.map((p) => `${p.source}:${p.code}`)).toEqual([
      'b-empty.txt:empty',
      'c-binary.txt:binary',
      'd-huge.md:too_large',
    ]);
    for (const p of problems) expect(p.message).toMatch(/\w/);
  });

  it('when a file is GB18030, then it is decoded to the same text and noted as not UTF-8', () => {
    const { sources, problems } = readFolder(folderWith({ 'gb.txt': gb18030(ARTICLE) }));
    expect(sources[0]?.text).toBe(ARTICLE);
    expect(problems).toEqual([expect.objectContaining({ source: 'gb.txt', code: 'warning' })]);
  });
});

describe('decode', () => {
  it('when bytes are neither UTF-8 nor GB18030, then it reports an encoding problem', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0xfd, 0x41, 0x81, 0x20]))).toMatchObject({ ok: false, code: 'encoding' });
  });

  it('when UTF-8 text starts with a byte-order mark, then the mark is dropped', () => {
    expect(decode(new TextEncoder().encode('\uFEFF平陆县'))).toEqual({ ok: true, text: '平陆县', encoding: 'utf-8' });
  });
});

describe('extractFolder with bad files', () => {
  it('when a folder mixes bad and good files, then the graph holds the good article and lists the others as problems', () => {
    const doc = extractFolder(
      folderWith({ 'good.txt': ARTICLE, 'empty.md': '   ', 'bin.txt': Buffer.from([0, 1, 2, 3]) }),
    );
    expect(doc.generatedFrom).toEqual(['good.txt']);
    expect(doc.nodes.some((n) => n.id === 'person:140825/宋志江')).toBe(true);
    expect(doc.problems?.map((p) => p.source)).toEqual(['bin.txt', 'empty.md']);
  });
});
