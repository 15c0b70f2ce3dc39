/** A job as its events describe it: each file's progress, the job's, and the job after one more event. */
import type { Job, JobEvent, JobFile } from '../../../model/api-articles';

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
