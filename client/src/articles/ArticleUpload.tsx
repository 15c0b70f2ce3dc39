/**
 * Adding articles: drop files on the zone or pick them (Enter/Space on the zone opens the picker), or
 * paste text; optional metadata for everything in this upload; Add sends one request and follows the
 * job it creates (state/jobs.ts).
 */
import { useRef, useState } from 'react';
import type { ArticleMetadata } from '../../../model/api-articles';
import { articlesApi } from '../api/articles';
import { getCounties, graphVersion } from '../api/cached';
import { useApi } from '../api/useApi';
import { useT } from '../i18n';
import { watchJob } from '../state/jobs';
import { useSlice } from '../state/store';
import { ArticlesError } from './ArticlesError';

const ACCEPT = '.html,.htm,.xhtml,.docx,.txt,.md,.markdown,.zip';
const FIELDS = ['title', 'url', 'date', 'outlet', 'county'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { title: '', url: '', date: '', outlet: '', county: '' };

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function ArticleUpload() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState('');
  const [meta, setMeta] = useState(EMPTY);
  const [dragging, setDragging] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const version = useSlice(graphVersion, (v) => v.version);
  const counties = useApi(() => getCounties(''), [version]);

  const addFiles = (list: FileList | null) => {
    if (!list?.length) return;
    const added = [...list];
    setFiles((current) => [...current, ...added.filter((f) => !current.some((c) => c.name === f.name))]);
    setError(null);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!files.length && !text.trim()) {
      setError(new Error(t('articles.nothing')));
      return;
    }
    const metadata = Object.fromEntries(
      FIELDS.map((f) => [f, meta[f].trim()]).filter(([, v]) => v !== ''),
    ) as ArticleMetadata;
    setSending(true);
    setError(null);
    try {
      if (files.length) {
        const { job } = await articlesApi.upload(files, metadata);
        watchJob(job, files.map((f) => f.name).join(', '));
        setFiles([]);
      }
      if (text.trim()) {
        const { job } = await articlesApi.paste(text, metadata);
        watchJob(job, metadata.title ?? t('articles.pasted'));
        setText('');
      }
      setMeta(EMPTY);
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="article-upload" onSubmit={submit} data-testid="article-upload" aria-label={t('articles.add')}>
      <h2>{t('articles.add')}</h2>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        role="button"
        tabIndex={0}
        aria-describedby="article-formats"
        data-testid="drop-zone"
        onClick={() => input.current?.click()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            input.current?.click();
          }
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          addFiles(e.dataTransfer.files);
        }}
      >
        <strong>{t('articles.drop')}</strong>
        <span id="article-formats" className="hint">
          {t('articles.formats')}
        </span>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="file-input"
        onChange={(e) => {
          addFiles(e.target.files);
          e.target.value = '';
        }}
      />
      {files.length ? (
        <ul className="chosen-files" aria-label={t('articles.chosen', { n: files.length })} data-testid="chosen-files">
          {files.map((f) => (
            <li key={f.name}>
              <span className="file-name">{f.name}</span> <span className="hint">{kb(f.size)}</span>
              <button
                type="button"
                className="link"
                aria-label={t('articles.removeFile', { name: f.name })}
                onClick={() => setFiles((current) => current.filter((c) => c !== f))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label className="field">
        {t('articles.paste')}
        <textarea
          rows={4}
          value={text}
          placeholder={t('articles.pastePlaceholder')}
          onChange={(e) => setText(e.target.value)}
          data-testid="paste-text"
        />
      </label>
      <details className="article-meta" data-testid="article-metadata">
        <summary>{t('articles.metadata')}</summary>
        <div className="article-meta-fields">
          {FIELDS.map((f) => (
            <label key={f} className="field">
              {t(`articles.field.${f}`)}
              <input
                type={f === 'date' ? 'date' : f === 'url' ? 'url' : 'text'}
                value={meta[f]}
                onChange={(e) => setMeta((m) => ({ ...m, [f]: e.target.value }))}
                data-testid={`meta-${f}`}
                list={f === 'county' ? 'known-counties' : undefined}
              />
            </label>
          ))}
          {/* The graph's own county names, so the list's county filter finds the article. */}
          <datalist id="known-counties">
            {(counties.data?.counties ?? []).map((c) => (
              <option key={c.id} value={c.name} />
            ))}
          </datalist>
        </div>
      </details>
      {error ? <ArticlesError error={error} /> : null}
      <button type="submit" className="primary" disabled={sending} data-testid="upload-submit">
        {sending ? t('articles.sending') : t('articles.submit')}
      </button>
    </form>
  );
}
