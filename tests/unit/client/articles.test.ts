import type { Job, JobFile } from '../../../model/api-articles';
import type { GraphNode } from '../../../model/graph';
import { cutText, factSpans } from '../../../client/src/articles/fact-spans';
import { applyEvent, jobProgress, withFile } from '../../../client/src/state/job-progress';

const file = (index: number, name: string, status: JobFile['status']): JobFile => ({ index, name, status });
const job = (files: JobFile[], state: Job['state'] = 'running'): Job => ({
  id: 'job_x',
  kind: 'ingest',
  state,
  createdAt: '',
  updatedAt: '',
  files,
  added: { nodes: 0, relationships: 0 },
  databaseRetries: 0,
});

describe('job progress', () => {
  it('when a file event names a queued file, then that file is updated in place', () => {
    const files = [file(0, 'a.txt', 'queued'), file(1, 'b.html', 'queued')];
    expect(withFile(files, file(1, 'b.html', 'stored'))).toEqual([
      file(0, 'a.txt', 'queued'),
      file(1, 'b.html', 'stored'),
    ]);
  });

  it("when a zip's members arrive, then the first takes the archive's place and the others follow it", () => {
    let files = [file(0, 'z.zip', 'queued'), file(1, 'c.txt', 'queued')];
    files = withFile(files, file(0, 'z.zip/a.txt', 'stored'));
    files = withFile(files, file(0, 'z.zip/b.txt', 'failed'));
    expect(files.map((f) => `${f.name}:${f.status}`)).toEqual([
      'z.zip/a.txt:stored',
      'z.zip/b.txt:failed',
      'c.txt:queued',
    ]);
  });

  it('when files are stored, extracted or finished, then the job is that far; a done job is complete', () => {
    const files = [file(0, 'a', 'queued'), file(1, 'b', 'stored'), file(2, 'c', 'extracted'), file(3, 'd', 'failed')];
    expect(jobProgress(job(files))).toBeCloseTo((0 + 1 / 3 + 2 / 3 + 1) / 4);
    expect(jobProgress(job(files, 'done'))).toBe(1);
  });

  it('when state and loaded events come, then the job takes them; done replaces it with the final job', () => {
    let j = applyEvent(job([]), { type: 'state', state: 'waiting_for_database', message: 'down' });
    expect(j).toMatchObject({ state: 'waiting_for_database', message: 'down' });
    j = applyEvent(j, { type: 'loaded', added: { nodes: 4, relationships: 7 } });
    expect(j.added).toEqual({ nodes: 4, relationships: 7 });
    expect(applyEvent(j, { type: 'done', job: job([], 'done') }).state).toBe('done');
  });
});

describe('facts in the text', () => {
  const text = '某县委书记张三在某镇调研。张三强调,要抓落实。';
  const evidence = (start: number, sentence: string, surface: string, article = 'art_1') => ({
    article,
    item: -1,
    sentence,
    start,
    end: start + sentence.length,
    surface,
  });
  const node = (id: string, label: string, name: string, ev: ReturnType<typeof evidence>[]): GraphNode =>
    ({ id, labels: [label], properties: { name, aliases: [], evidence: ev } }) as unknown as GraphNode;
  const first = '某县委书记张三在某镇调研。';
  const second = '张三强调,要抓落实。';

  it("when entities are mentioned in this article's sentences, then their surfaces are the spans, in text order", () => {
    const nodes = [
      node('person:1', 'Person', '张三', [evidence(0, first, '张三'), evidence(first.length, second, '张三')]),
      node('org:1', 'Organization', '某县委', [evidence(0, first, '某县委'), evidence(0, first, '某县委', 'art_2')]),
      node('article:art_1', 'Article', 'x', []),
    ];
    const spans = factSpans('art_1', nodes);
    expect(spans.map((s) => `${text.slice(s.start, s.end)}:${s.label}`)).toEqual([
      '某县委:Organization',
      '张三:Person',
      '张三:Person',
    ]);
    expect(
      cutText(text, spans)
        .map((p) => (p.span ? `[${p.text}]` : p.text))
        .join(''),
    ).toBe('[某县委]书记[张三]在某镇调研。[张三]强调,要抓落实。');
  });

  it('when two spans overlap, then the longer one at the same place is kept', () => {
    const nodes = [
      node('place:1', 'Place', '某县', [evidence(0, first, '某县')]),
      node('org:1', 'Organization', '某县委', [evidence(0, first, '某县委')]),
    ];
    expect(factSpans('art_1', nodes).map((s) => s.node)).toEqual(['org:1']);
  });
});
