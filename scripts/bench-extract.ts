/**
 * Throughput of the extractor: the bundled corpus repeated into N distinct articles (each copy
 * its own article id, so resolution works as on a real folder), timed over segmentation,
 * extraction, resolution and export on one core.
 * Usage: npx tsx scripts/bench-extract.ts [copies=40]
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractGraph } from '../pipeline/run';
import type { SourceText } from '../pipeline/types';

const copies = Number(process.argv[2] ?? 40);
const folder = path.join(__dirname, '..', 'graph-data', 'corpus');
const corpus = fs.readdirSync(folder).sort().map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
const sources: SourceText[] = [];
for (let c = 0; c < copies; c += 1) corpus.forEach((text, k) => sources.push({ id: `copy${c}-${k}`, source: `copy${c}-${k}.txt`, text }));
const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0);

extractGraph(sources.slice(0, corpus.length)); // warm-up
// CPU time as well as wall time: on a shared machine the wall clock also counts other work.
const started = process.hrtime.bigint();
const cpu = process.cpuUsage();
const doc = extractGraph(sources);
const json = JSON.stringify(doc);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const mb = bytes / 1024 / 1024;
process.stdout.write(
  `${sources.length} articles, ${mb.toFixed(2)} MB of text → ${doc.nodes.length} nodes, ${doc.relationships.length} relationships, ${(json.length / 1024 / 1024).toFixed(1)} MB JSON\n` +
    `wall ${seconds.toFixed(2)} s: ${(mb / seconds).toFixed(2)} MB/s; CPU ${cpuSeconds.toFixed(2)} s: ${(mb / cpuSeconds).toFixed(2)} MB/s\n`,
);
