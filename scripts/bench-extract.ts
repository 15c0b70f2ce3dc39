/**
 * Throughput of the extractor: the bundled corpus repeated into N distinct articles (each copy
 * its own article id, so resolution works as on a real folder), timed over segmentation,
 * extraction, resolution, export and JSON serialisation, on one core, with the national gazetteer
 * loaded. Reports the first (cold) run and the median of three warm runs, by wall clock and by CPU
 * time (on a shared machine the wall clock also counts other processes' work; CPU time also counts
 * the garbage collector's threads). In the same run it times @node-rs/jieba's `tag` (HMM on) over the
 * same text, the yardstick the extractor is compared with, and prints the ratio.
 * Usage: npx tsx scripts/bench-extract.ts [copies=40]
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractGraph } from '../pipeline/run';
import type { SourceText } from '../pipeline/types';

const copies = Number(process.argv[2] ?? 40);
const folder = path.join(__dirname, '..', 'graph-data', 'corpus');
const corpus = fs
  .readdirSync(folder)
  .sort()
  .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
const sources: SourceText[] = [];
for (let c = 0; c < copies; c += 1)
  corpus.forEach((text, k) => sources.push({ id: `copy${c}-${k}`, source: `copy${c}-${k}.txt`, text }));
const mb = sources.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0) / 1024 / 1024;

/** Wall and CPU seconds of one call, with what it returned. */
function timed<T>(work: () => T): { wall: number; cpu: number; value: T } {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: (used.user + used.system) / 1e6, value };
}

/** The extractor over every article, serialised as the CLI writes it. */
function run() {
  const { wall, cpu, value } = timed(() => {
    const doc = extractGraph(sources);
    return { nodes: doc.nodes.length, rels: doc.relationships.length, json: JSON.stringify(doc).length };
  });
  return { wall, cpu, ...value };
}

/** jieba's part-of-speech tagging over every article: wall and CPU seconds, as for the extractor. */
const runJieba = (jieba: Jieba) => timed(() => sources.forEach((s) => jieba.tag(s.text, true)));

const rate = (seconds: number) => `${(mb / seconds).toFixed(2)} MB/s`;
const cold = run();
const warm = [run(), run(), run()].sort((a, b) => a.wall - b.wall)[1]!;
const jieba = Jieba.withDict(dict);
const tagged = [runJieba(jieba), runJieba(jieba), runJieba(jieba)].sort((a, b) => a.wall - b.wall)[1]!;
const cpuModel = os.cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(
  `${sources.length} articles, ${mb.toFixed(2)} MB of text → ${cold.nodes} nodes, ${cold.rels} relationships, ${(cold.json / 1024 / 1024).toFixed(1)} MB of JSON\n` +
    `cold: wall ${cold.wall.toFixed(2)} s (${rate(cold.wall)}), CPU ${cold.cpu.toFixed(2)} s (${rate(cold.cpu)})\n` +
    `warm (median of 3): wall ${warm.wall.toFixed(2)} s (${rate(warm.wall)}), CPU ${warm.cpu.toFixed(2)} s (${rate(warm.cpu)})\n` +
    `jieba tag, same text (median of 3): wall ${tagged.wall.toFixed(2)} s (${rate(tagged.wall)}), CPU ${tagged.cpu.toFixed(2)} s (${rate(tagged.cpu)})\n` +
    `extractor throughput / jieba tag throughput (warm): ${(tagged.wall / warm.wall).toFixed(2)} by wall clock, ${(tagged.cpu / warm.cpu).toFixed(2)} by CPU time\n` +
    `machine: ${cpuModel}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
);
