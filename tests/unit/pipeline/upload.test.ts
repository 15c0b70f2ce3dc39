import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import {
  DEFAULT_UPLOAD_LIMITS,
  readPastedText,
  readUpload,
  type UploadLimits,
} from '../../../pipeline/ingest/read-upload';
import { docx, TONGLU_DOCX } from '../../fixtures/uploads/docx';

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'uploads');
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const read = (name: string, bytes: Uint8Array | string, limits?: UploadLimits) =>
  readUpload({ name, bytes: typeof bytes === 'string' ? strToU8(bytes) : bytes }, limits);
const codes = (problems: { source: string; code: string }[]) => problems.map((p) => `${p.source}:${p.code}`);

const ARTICLE = '德清县召开推进会。德清县县长钟立新主持会议。';

describe('readUpload: .html saved from a browser', () => {
  it('when a page has navigation, an aside and a footer, then only the article body is kept, with its metadata', async () => {
    const { documents, problems } = await read('anji.html', fixture('anji-red-stewards.html'));
    expect(problems).toEqual([]);
    const [doc] = documents;
    expect(doc).toMatchObject({
      format: 'html',
      title: '安吉县“红色管家”进小区',
      date: '2026-03-12',
      url: 'https://news.example.com/county/2026/03/12/red-stewards.html',
      outlet: '示例日报网',
    });
    // Inline markup and a wrapped source line do not split the sentence.
    expect(doc!.text).toContain('安吉县委书记邵明轩在递铺街道调研');
    expect(doc!.text).toContain('每一个小区,让居民');
    expect(doc!.text).toContain('\n递铺街道党工委书记柏静怡介绍');
    for (const chrome of ['时政', '县区新闻', '热门推荐', '版权所有', 'analytics', 'font-family'])
      expect(doc!.text).not.toContain(chrome);
  });

  it('when a page declares gb2312, then its GB18030 bytes are decoded and <meta name="publishdate"> gives the date', async () => {
    const { documents } = await read('neighbours.html', fixture('deqing-neighbours.gb2312.html'));
    expect(documents[0]).toMatchObject({ encoding: 'gb18030', date: '2026-04-20' });
    expect(documents[0]!.text).toContain('新市镇党委书记江慧敏带领镇村干部');
    expect(documents[0]!.text).not.toContain('首页');
  });

  it('when only a <time datetime> states the date, then it is the date', async () => {
    const page = `<html><head><title>某县新闻</title></head><body><article><h1>某镇开展议事会</h1>
      <time datetime="2025-11-03T09:00:00+08:00">11月3日</time><p>${ARTICLE}</p></article></body></html>`;
    expect((await read('t.htm', page)).documents[0]).toMatchObject({ date: '2025-11-03', title: '某镇开展议事会' });
  });
});

describe('readUpload: .txt and .md', () => {
  it('when a .txt is GB18030, then it is read as GB18030 with the dateline as its date', async () => {
    const bytes = fixture('deqing-village-council.txt');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { documents, problems } = await read('deqing.txt', bytes);
    expect(problems).toEqual([]);
    expect(documents[0]).toMatchObject({
      format: 'txt',
      encoding: 'gb18030',
      date: '2026-04-02',
      title: '德清县召开乡村振兴推进会',
    });
    expect(documents[0]!.text).toContain('德清县县长钟立新主持会议');
  });

  it('when a .md is UTF-8 with Windows line endings, then it is read as UTF-8 with \\n', async () => {
    const { documents } = await read('note.md', `# 标题\r\n${ARTICLE}\r\n`);
    expect(documents[0]).toMatchObject({
      format: 'md',
      encoding: 'utf-8',
      title: '标题',
      text: `# 标题\n${ARTICLE}\n`,
    });
  });

  it('when the first line is a sentence, then it is not taken as the title', async () => {
    expect((await read('plain.txt', ARTICLE)).documents[0]!.title).toBeUndefined();
  });
});

describe('readUpload: .docx', () => {
  it('when a Word document has a heading, then it is the title and each paragraph is a line', async () => {
    const { documents, problems } = await read('tonglu.docx', docx(TONGLU_DOCX));
    expect(problems).toEqual([]);
    expect(documents[0]).toMatchObject({
      format: 'docx',
      title: '桐庐县分水镇推行“积分制”乡村治理',
      date: '2026-05-08',
    });
    expect(documents[0]!.text.split('\n')).toEqual(TONGLU_DOCX.map((p) => p.text));
  });

  it('when a .docx is text or a zip without a document, then it is a corrupt file with what to do', async () => {
    const { problems } = await read('old.docx', 'not a word file');
    expect(codes(problems)).toEqual(['old.docx:corrupt']);
    expect(problems[0]!.message).toMatch(/save as \.docx/);
    const notWord = zipSync({ 'readme.txt': strToU8('x') });
    expect(codes((await read('fake.docx', notWord)).problems)).toEqual(['fake.docx:corrupt']);
  });
});

describe('readUpload: .zip', () => {
  it('when a zip holds every format, a broken file and folders, then each good member is read and the bad one reported', async () => {
    const zip = zipSync({
      'press/anji.html': fixture('anji-red-stewards.html'),
      'press/deqing.txt': fixture('deqing-village-council.txt'),
      'press/tonglu.docx': docx(TONGLU_DOCX),
      'press/scan.pdf': strToU8('%PDF-1.7'),
      'press/empty/': new Uint8Array(0),
      '__MACOSX/press/._anji.html': strToU8('resource fork'),
    });
    const { documents, problems } = await read('batch.zip', zip);
    expect(documents.map((d) => `${d.name}:${d.format}`)).toEqual([
      'batch.zip/press/anji.html:html',
      'batch.zip/press/deqing.txt:txt',
      'batch.zip/press/tonglu.docx:docx',
    ]);
    expect(codes(problems)).toEqual(['batch.zip/press/scan.pdf:unsupported_format']);
  });

  it('when a member climbs out of the archive, then it is refused and the others are read', async () => {
    const zip = zipSync({ '../../etc/evil.txt': strToU8(ARTICLE), 'ok.txt': strToU8(`${ARTICLE}另一篇。`) });
    const { documents, problems } = await read('a.zip', zip);
    expect(documents.map((d) => d.name)).toEqual(['a.zip/ok.txt']);
    expect(codes(problems)).toEqual(['a.zip/../../etc/evil.txt:unsafe_path']);
  });

  it('when a zip sits inside a zip, then it is read; one level deeper, it is refused', async () => {
    const inner = zipSync({ 'in.txt': strToU8(ARTICLE) });
    const deeper = zipSync({ 'deep.zip': zipSync({ 'x.txt': strToU8(`${ARTICLE}更深。`) }) });
    const { documents, problems } = await read('outer.zip', zipSync({ 'inner.zip': inner, 'nest.zip': deeper }));
    expect(documents.map((d) => d.name)).toEqual(['outer.zip/inner.zip/in.txt']);
    expect(codes(problems)).toEqual(['outer.zip/nest.zip/deep.zip:zip_limits']);
  });

  it('when members inflate past the limits (a zip bomb), then they are refused before they are inflated', async () => {
    const bomb = new Uint8Array(3_000_000); // compresses to a few kilobytes
    const limits = { ...DEFAULT_UPLOAD_LIMITS, maxFileBytes: 2_000_000, maxZipBytes: 2_500_000 };
    const zip = zipSync({ 'a.txt': strToU8(ARTICLE), 'bomb.txt': bomb, 'b.txt': new Uint8Array(1_500_000).fill(0x41) });
    expect(zip.length).toBeLessThan(50_000);
    const { documents, problems } = await read('z.zip', zip, limits);
    expect(documents.map((d) => d.name)).toEqual(['z.zip/a.txt', 'z.zip/b.txt']);
    expect(codes(problems)).toEqual(['z.zip/bomb.txt:too_large']);
    const { problems: overBudget } = await read('z.zip', zip, { ...limits, maxZipBytes: 1_000_000 });
    expect(codes(overBudget)).toEqual(['z.zip/bomb.txt:too_large', 'z.zip/b.txt:zip_limits']);
  });

  it('when a zip lists more entries than allowed, then the whole archive is refused with a message', async () => {
    const many = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`${i}.txt`, strToU8(`${ARTICLE}${i}`)]));
    const { documents, problems } = await read('many.zip', zipSync(many), {
      ...DEFAULT_UPLOAD_LIMITS,
      maxZipEntries: 5,
    });
    expect(documents).toEqual([]);
    expect(codes(problems)).toEqual(['many.zip:zip_limits']);
    expect(problems[0]!.message).toMatch(/more than 5 entries/);
  });

  it('when a member name was stored in GB18030 (a Chinese Windows zip), then it is read as Chinese', async () => {
    // fflate hands back undecoded name bytes as latin1 characters; build such a name from real GB18030 bytes.
    const gbName = fixture('deqing-village-council.txt').subarray(0, 6); // 德清县
    const latin1 = String.fromCharCode(...gbName);
    const { documents } = await read('win.zip', zipSync({ [`${latin1}.txt`]: strToU8(ARTICLE) }));
    expect(documents.map((d) => d.name)).toEqual(['win.zip/德清县.txt']);
  });

  it('when the same text is in two members, then it is read once and the second is a duplicate', async () => {
    const zip = zipSync({ 'a.txt': strToU8(ARTICLE), 'b.md': strToU8(`  ${ARTICLE}\n`) });
    const { documents, problems } = await read('d.zip', zip);
    expect(documents.map((d) => d.name)).toEqual(['d.zip/a.txt']);
    expect(codes(problems)).toEqual(['d.zip/b.md:duplicate']);
  });

  it('when a .zip is not an archive, then it is a corrupt file', async () => {
    expect(codes((await read('x.zip', 'plain text')).problems)).toEqual(['x.zip:corrupt']);
  });
});

describe('readUpload: anything else', () => {
  it('when a file has another extension, then the problem names the formats that are read', async () => {
    const { documents, problems } = await read('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff]));
    expect(documents).toEqual([]);
    expect(codes(problems)).toEqual(['photo.jpg:unsupported_format']);
    for (const ext of ['.txt', '.md', '.html', '.docx', '.zip']) expect(problems[0]!.message).toContain(ext);
  });
});

describe('readPastedText', () => {
  it('when text is pasted, then it is one document with its dateline date', () => {
    const { documents } = readPastedText(`2026年1月5日\r\n${ARTICLE}`, 'pasted');
    expect(documents[0]).toMatchObject({ name: 'pasted', format: 'paste', date: '2026-01-05' });
    expect(documents[0]!.title).toBeUndefined();
    expect(documents[0]!.text).toBe(`2026年1月5日\n${ARTICLE}`);
  });

  it('when pasted text starts with a dateline above its headline, then the headline is the title', () => {
    const { documents } = readPastedText(`２０２６年１月５日\n某镇召开议事会\n${ARTICLE}`);
    expect(documents[0]).toMatchObject({ title: '某镇召开议事会', date: '2026-01-05' });
  });
});
