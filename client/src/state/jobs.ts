/**
 * The ingest jobs this tab started, followed through their Server-Sent Events: each file's status as
 * it moves queued → stored → extracted → loaded (or duplicate, failed). When a job ends, the graph
 * has changed: cached reads are dropped (api/cached.ts) and the article list is read again.
 */
import type { Job, JobEvent, JobFile } from '../../../model/api-articles';
import { articlesApi } from '../api/articles';
import { graphChanged } from '../api/cached';
import { Store } from './store';

export interface WatchedJob {
  job: Job;
  /** The names the user sent, for the heading while the server has not answered. */
  label: string;
  /** The stream broke and the job's state could not be read again. */
  lost?: boolean;
}

export const jobsStore = new Store<{ jobs: WatchedJob[] }>({ jobs: [] });

/** How far a file is, 0–1: it is read and stored, extracted, then loaded; duplicate and failed are finished. */
export function fileProgress(file: JobFile): number {
  switch (file.status) {
    case 'queued':
      return 0;
    case 'stored':
      return 1 / 3;
    case 'extracted':
      return 2 / 3;
    default:
      return 1;
  }
}

export function jobProgress(job: Job): number {
  if (job.state === 'done' || job.state === 'failed') return 1;
  if (!job.files.length) return 0;
  return job.files.reduce((sum, f) => sum + fileProgress(f), 0) / job.files.length;
}

/** A file event: the same file updated, or a zip's members taking the place of the queued archive. */
export function withFile(files: readonly JobFile[], file: JobFile): JobFile[] {
  const same = files.findIndex((f) => f.index === file.index && f.name === file.name);
  if (same >= 0) return files.map((f, i) => (i === same ? file : f));
  const archive = files.findIndex((f) => f.index === file.index && f.status === 'queued');
  if (archive >= 0) return files.map((f, i) => (i === archive ? file : f));
  // After the archive: keep a zip's members together, in the order they come.
  let at = files.length;
  for (let i = files.length - 1; i >= 0; i -= 1)
    if (files[i]!.index <= file.index) {
      at = i + 1;
      break;
    }
  return [...files.slice(0, at), file, ...files.slice(at)];
}

export function applyEvent(job: Job, event: JobEvent): Job {
  switch (event.type) {
    case 'snapshot':
    case 'done':
      return event.job;
    case 'file':
      return { ...job, files: withFile(job.files, event.file) };
    case 'state':
      return { ...job, state: event.state, message: event.message ?? job.message };
    case 'loaded':
      return { ...job, added: event.added };
  }
}

function update(id: string, change: (w: WatchedJob) => WatchedJob): void {
  jobsStore.set((s) => ({ jobs: s.jobs.map((w) => (w.job.id === id ? change(w) : w)) }));
}

/** Follows a job the server accepted until it is done. */
export function watchJob(job: Job, label: string): void {
  jobsStore.set((s) => ({ jobs: [{ job, label }, ...s.jobs.filter((w) => w.job.id !== job.id)] }));
  articlesApi.events(
    job.id,
    (event) => {
      update(job.id, (w) => ({ ...w, job: applyEvent(w.job, event) }));
      if (event.type === 'done') graphChanged();
    },
    () => {
      articlesApi.job(job.id).then(
        ({ job: latest }) => {
          update(job.id, (w) => ({ ...w, job: latest }));
          graphChanged();
        },
        () => update(job.id, (w) => ({ ...w, lost: true })),
      );
    },
  );
}

export function dismissJob(id: string): void {
  jobsStore.set((s) => ({ jobs: s.jobs.filter((w) => w.job.id !== id) }));
}
