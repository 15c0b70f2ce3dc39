/** The jobs this tab started: a progress bar per job and per file, each file's status and, if it failed, why. */
import type { Job, JobFile } from '../../../model/api-articles';
import { useT } from '../i18n';
import { fileProgress, jobProgress } from '../state/job-progress';
import { dismissJob, jobsStore, type WatchedJob } from '../state/jobs';
import { useSlice } from '../state/store';
import { FileProblem } from './FileProblem';

function Bar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(value * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

function FileRow({ file }: { file: JobFile }) {
  const t = useT();
  return (
    <li className={`job-file status-${file.status}`} data-testid="job-file" data-status={file.status}>
      <div className="job-file-head">
        <span className="file-name" title={file.name}>
          {file.title ?? file.name}
        </span>
        <span className="job-file-status">{t(`articles.fileStatus.${file.status}`)}</span>
      </div>
      <Bar value={fileProgress(file)} label={file.name} />
      {file.problem ? <FileProblem problem={file.problem} /> : null}
      {file.warnings?.map((w) => (
        <div key={w} className="hint">
          {w.includes('gb18030') ? t('articles.readAsGb18030') : w}
        </div>
      ))}
    </li>
  );
}

function JobCard({ watched }: { watched: WatchedJob }) {
  const t = useT();
  const { job } = watched;
  const finished = job.state === 'done' || job.state === 'failed';
  const counts = countFiles(job);
  return (
    <section className={`job job-${job.state}`} data-testid="job" data-state={job.state} aria-live="polite">
      <header className="job-head">
        <strong title={watched.label}>{watched.label}</strong>
        <span className="job-state">{t(`articles.jobState.${job.state}`)}</span>
        {finished ? (
          <button type="button" className="link" onClick={() => dismissJob(job.id)} aria-label={t('common.close')}>
            ✕
          </button>
        ) : null}
      </header>
      <Bar value={jobProgress(job)} label={t('articles.jobProgress')} />
      <div className="hint" data-testid="job-summary">
        {t('articles.jobSummary', counts)}
        {job.state === 'done' ? ` · ${t('articles.added', job.added)}` : ''}
      </div>
      {job.message && job.state !== 'done' ? <div className="note">{job.message}</div> : null}
      {watched.lost ? <div className="note">{t('articles.streamLost')}</div> : null}
      <ul className="job-files">
        {job.files.map((f) => (
          <FileRow key={`${f.index}:${f.name}`} file={f} />
        ))}
      </ul>
    </section>
  );
}

function countFiles(job: Job): { loaded: number; failed: number; duplicate: number; total: number } {
  const n = (status: JobFile['status']) => job.files.filter((f) => f.status === status).length;
  return { loaded: n('loaded'), failed: n('failed'), duplicate: n('duplicate'), total: job.files.length };
}

export function JobProgress() {
  const t = useT();
  const jobs = useSlice(jobsStore, (s) => s.jobs);
  if (!jobs.length) return null;
  return (
    <div className="jobs" data-testid="jobs">
      <h2>{t('articles.progress')}</h2>
      {jobs.map((w) => (
        <JobCard key={w.job.id} watched={w} />
      ))}
    </div>
  );
}
