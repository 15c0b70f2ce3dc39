/**
 * The article store, the source of truth: DATA_DIR/articles/<id>/ holds the original bytes
 * (`original.<ext>`), the extracted text (`text.txt`) and `meta.json`. Neo4j is an index derived from
 * it (`npm run rebuild`). An article folder is written whole under a temporary name and renamed into
 * place, so a crash leaves either the whole article or none of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ArticleMetaSchema, type ArticleMeta, type ArticleFormat } from '../model/api-articles';
import { readJson, temporaryPath, writeJsonAtomic } from './atomic';

export const DEFAULT_DATA_DIR = './data';

/** Article ids are file-name safe: letters, digits, `_` and `-`. */
export const ARTICLE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** The id of an added article: the start of its text's hash, so the same text cannot get two ids. */
export function articleIdFor(hash: string): string {
  return `art_${hash.slice(0, 16)}`;
}

export interface NewArticle {
  /** `hash` is the ingest stage's hash of the text (pipeline/ingest/document.ts textHash). */
  meta: Omit<ArticleMeta, 'addedAt' | 'status'> & Partial<Pick<ArticleMeta, 'addedAt' | 'status'>>;
  text: string;
  original?: { bytes: Uint8Array; extension: string };
}

export class StoreError extends Error {
  constructor(
    readonly code: 'invalid_id' | 'exists' | 'not_found',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

const ORIGINAL = /^original(\.[A-Za-z0-9]{1,10})?$/;

export class ArticleStore {
  readonly articlesDir: string;

  constructor(readonly dataDir: string = DEFAULT_DATA_DIR) {
    this.articlesDir = path.join(dataDir, 'articles');
  }

  private folder(id: string): string {
    if (!ARTICLE_ID.test(id)) throw new StoreError('invalid_id', `Not an article id: ${id}`);
    return path.join(this.articlesDir, id);
  }

  /** Every stored article's metadata, sorted by id. */
  list(): ArticleMeta[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.articlesDir);
    } catch {
      return [];
    }
    return names
      .filter((n) => ARTICLE_ID.test(n))
      .sort()
      .map((n) => this.get(n))
      .filter((m): m is ArticleMeta => m !== undefined);
  }

  isEmpty(): boolean {
    return this.list().length === 0;
  }

  get(id: string): ArticleMeta | undefined {
    if (!ARTICLE_ID.test(id)) return undefined;
    const parsed = ArticleMetaSchema.safeParse(readJson(path.join(this.folder(id), 'meta.json')));
    return parsed.success ? parsed.data : undefined;
  }

  text(id: string): string {
    try {
      return fs.readFileSync(path.join(this.folder(id), 'text.txt'), 'utf8');
    } catch {
      throw new StoreError('not_found', `No stored article ${id}.`);
    }
  }

  /** The original bytes as they were uploaded, with their extension; undefined for pasted text. */
  original(id: string): { bytes: Buffer; file: string } | undefined {
    const folder = this.folder(id);
    const file = fs.existsSync(folder) ? fs.readdirSync(folder).find((f) => ORIGINAL.test(f)) : undefined;
    return file ? { bytes: fs.readFileSync(path.join(folder, file)), file } : undefined;
  }

  findByHash(hash: string): ArticleMeta | undefined {
    return this.list().find((m) => m.hash === hash);
  }

  /** Stores a new article whole (folder written under a temporary name, then renamed). */
  add(article: NewArticle): ArticleMeta {
    const meta = ArticleMetaSchema.parse({
      ...article.meta,
      addedAt: article.meta.addedAt ?? new Date().toISOString(),
      status: article.meta.status ?? 'stored',
    });
    const target = this.folder(meta.id);
    if (fs.existsSync(target)) throw new StoreError('exists', `An article ${meta.id} is already stored.`);
    fs.mkdirSync(this.articlesDir, { recursive: true });
    const tmp = temporaryPath(target);
    fs.mkdirSync(tmp);
    try {
      fs.writeFileSync(path.join(tmp, 'text.txt'), article.text, 'utf8');
      if (article.original) {
        const ext = article.original.extension.replace(/^\.?/, '.').toLowerCase();
        fs.writeFileSync(
          path.join(tmp, `original${/^\.[a-z0-9]{1,10}$/.test(ext) ? ext : ''}`),
          article.original.bytes,
        );
      }
      fs.writeFileSync(path.join(tmp, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`, 'utf8');
      fs.renameSync(tmp, target);
    } catch (e) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    return meta;
  }

  /** Changes some metadata fields (atomically). */
  update(id: string, patch: Partial<ArticleMeta>): ArticleMeta {
    const current = this.get(id);
    if (!current) throw new StoreError('not_found', `No stored article ${id}.`);
    const next = ArticleMetaSchema.parse({ ...current, ...patch, id });
    if (patch.problem === undefined && 'problem' in patch) delete (next as Partial<ArticleMeta>).problem;
    writeJsonAtomic(path.join(this.folder(id), 'meta.json'), next);
    return next;
  }

  /** Takes an article out: renamed away first (so it disappears at once), then deleted. */
  remove(id: string): ArticleMeta {
    const meta = this.get(id);
    if (!meta) throw new StoreError('not_found', `No stored article ${id}.`);
    const folder = this.folder(id);
    const trash = temporaryPath(folder);
    fs.renameSync(folder, trash);
    fs.rmSync(trash, { recursive: true, force: true });
    return meta;
  }

  /** Leftovers of writes a crash interrupted (temporary folders and files): removed at start. */
  sweep(): number {
    let removed = 0;
    for (const dir of [this.articlesDir, path.join(this.dataDir, 'jobs'), this.dataDir]) {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch {
        continue;
      }
      for (const n of names.filter((x) => x.startsWith('.tmp-'))) {
        fs.rmSync(path.join(dir, n), { recursive: true, force: true });
        removed += 1;
      }
    }
    return removed;
  }
}

/** The format of a stored article from its file name. */
export function formatOf(name: string): ArticleFormat | undefined {
  const ext = path.extname(name).toLowerCase().slice(1);
  if (ext === 'htm') return 'html';
  return (['txt', 'md', 'html', 'docx'] as const).find((f) => f === ext);
}
