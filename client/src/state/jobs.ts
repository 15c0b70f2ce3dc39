/**
 * The ingest jobs this tab started, followed through their Server-Sent Events: each file's status as
 * it moves queued → stored → extracted → loaded (or duplicate, failed). When a job ends, the graph
 * has changed: cached reads are dropped (api/cached.ts) and the article list is read again.
 */
import type { Job } from '../../../model/api-articles';
import { articlesApi } from '../api/articles';
import { graphChanged } from '../api/cached';
import { applyEvent } from './job-progress';
import { Store } from './store';

export interface WatchedJob {
  job: Job;
  /** The names the user sent, for the heading while the server has not answered. */
  label: string;
  /** The stream broke and the job's state could not be read again. */
  lost?: boolean;
}

export const jobsStore = new Store<{ jobs: WatchedJob[] }>({ jobs: [] });

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
