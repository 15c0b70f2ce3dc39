/** Jobs are kept in DATA_DIR/jobs/<id>.json, rewritten atomically at every step, so a restart finds them. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JobSchema, type Job } from '../model/api-articles';
import { readJson, writeJsonAtomic } from './atomic';

const JOB_ID = /^job_[a-z0-9]{1,40}$/;

export function newJobId(): string {
  return `job_${Date.now().toString(36)}${crypto.randomBytes(5).toString('hex')}`;
}

export class JobStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'jobs');
  }

  save(job: Job): void {
    writeJsonAtomic(path.join(this.dir, `${job.id}.json`), job);
  }

  get(id: string): Job | undefined {
    if (!JOB_ID.test(id)) return undefined;
    const parsed = JobSchema.safeParse(readJson(path.join(this.dir, `${id}.json`)));
    return parsed.success ? parsed.data : undefined;
  }

  /** Every job on disk, oldest first. */
  list(): Job[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.endsWith('.json'))
      .map((n) => this.get(n.slice(0, -5)))
      .filter((j): j is Job => j !== undefined)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }
}
