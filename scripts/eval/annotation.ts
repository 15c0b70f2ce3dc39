/**
 * Hand annotations the extraction is scored against, in two formats read into one shape:
 * - the development set (tests/fixtures/devset/{dev,test}/*.json), validated by `DevsetAnnotation`;
 * - the seed annotations of the bundled corpus (tests/fixtures/annotations/*.json), an older format
 *   with no credits, statuses, levels or concept counties; `fromSeed` reads its credits and
 *   村民/在职党员 lines out of its posts, as the issue says they are not posts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CONCEPT_CATEGORIES, POST_STATUSES } from '../../model/schema';

export const ANNOTATED_LEVELS = ['city', 'county', 'township', 'village', 'community', 'neighborhood'] as const;
export const GENRES = ['feature', 'brief', 'notice', 'interview', 'profile', 'meeting'] as const;

const name = z.string().min(1);

export const DevsetAnnotation = z
  .object({
    article: name,
    province: name,
    county: name,
    genre: z.enum(GENRES),
    note: z.string(),
    people: z.array(name),
    posts: z.array(z.object({ person: name, title: name, body: name, status: z.enum(POST_STATUSES) }).strict()),
    credits: z.array(z.object({ person: name, role: name }).strict()),
    nonPosts: z.array(z.object({ person: name, role: name }).strict()),
    places: z.array(z.object({ place: name, parent: name, level: z.enum(ANNOTATED_LEVELS) }).strict()),
    concepts: z.array(
      z
        .object({
          name,
          surfaces: z.array(name).min(1).optional(),
          counties: z.array(name).min(1),
          category: z.enum(CONCEPT_CATEGORIES),
          national: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((a, ctx) => {
    const people = new Set(a.people);
    for (const p of [...a.posts, ...a.credits, ...a.nonPosts]) {
      if (!people.has(p.person))
        ctx.addIssue({ code: 'custom', message: `${p.person} holds a post or credit but is not in people` });
    }
  });
export type DevsetAnnotation = z.infer<typeof DevsetAnnotation>;

/**
 * The seed format (tests/fixtures/annotations): concepts are bare names; posts held credits and 村民
 * until credits got a list of their own, so both ways are read.
 */
export const SeedAnnotation = z.object({
  article: name,
  posts: z.array(z.object({ person: name, title: name, body: name, status: z.enum(POST_STATUSES).optional() })),
  credits: z.array(z.object({ person: name, role: name })).optional(),
  places: z.array(z.object({ place: name, parent: name })),
  concepts: z.array(name),
});
export type SeedAnnotation = z.infer<typeof SeedAnnotation>;

/** What the scorer reads: the devset shape, with what the seeds do not record left empty or unset. */
export interface ScoredAnnotation {
  article: string;
  people: string[];
  posts: Array<{ person: string; title: string; body: string; status: (typeof POST_STATUSES)[number] }>;
  credits: Array<{ person: string; role: string }>;
  nonPosts: Array<{ person: string; role: string }>;
  places: Array<{ place: string; parent: string; level?: string }>;
  concepts: Array<{ name: string; surfaces?: string[]; counties: string[] }>;
}

/** Roles of the newspaper's own staff: a seed "post" with one of these in 本报 is a credit. */
const CREDIT_ROLES = new Set(['记者', '通讯员', '责编', '编辑', '美编', '校对', '摄影', '策划', '文字', '编绘']);
/** Words written before a name that say what someone is, not a post they hold. */
const NON_POST_ROLES = new Set(['村民', '居民', '群众', '党员', '在职党员', '老党员']);

export function fromSeed(seed: SeedAnnotation): ScoredAnnotation {
  const isCredit = (p: SeedAnnotation['posts'][number]) => p.body === '本报' && CREDIT_ROLES.has(p.title);
  const isNonPost = (p: SeedAnnotation['posts'][number]) => NON_POST_ROLES.has(p.title);
  const credits = [
    ...(seed.credits ?? []),
    ...seed.posts.filter(isCredit).map((p) => ({ person: p.person, role: p.title })),
  ];
  return {
    article: seed.article,
    people: [...new Set([...seed.posts.map((p) => p.person), ...credits.map((c) => c.person)])],
    posts: seed.posts
      .filter((p) => !isCredit(p) && !isNonPost(p))
      .map((p) => ({ person: p.person, title: p.title, body: p.body, status: p.status ?? 'current' })),
    credits,
    nonPosts: seed.posts.filter(isNonPost).map((p) => ({ person: p.person, role: p.title })),
    places: seed.places,
    concepts: seed.concepts.map((c) => ({ name: c, counties: [] })),
  };
}

export class AnnotationFileError extends Error {
  override name = 'AnnotationFileError';
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AnnotationFileError(`${file}: ${(e as Error).message}`);
  }
}

function jsonFiles(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(folder, f));
}

/** Every annotation of a devset split folder; a file that breaks the schema stops the run with its path. */
export function readDevsetFolder(folder: string): DevsetAnnotation[] {
  return jsonFiles(folder).map((file) => {
    const parsed = DevsetAnnotation.safeParse(readJson(file));
    if (!parsed.success)
      throw new AnnotationFileError(
        `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    if (parsed.data.article !== path.basename(file, '.json'))
      throw new AnnotationFileError(`${file}: article ${parsed.data.article} is not the file's name`);
    return parsed.data;
  });
}

export function readSeedFolder(folder: string): ScoredAnnotation[] {
  return jsonFiles(folder).map((file) => {
    const parsed = SeedAnnotation.safeParse(readJson(file));
    if (!parsed.success)
      throw new AnnotationFileError(
        `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    return fromSeed(parsed.data);
  });
}
