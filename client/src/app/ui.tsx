/** Small shared pieces: loading indicator, error box with retry, empty state. */
import type { ReactNode } from 'react';
import { describeError, ErrorText as ErrorTextValue } from '../api/errors';
import { useT } from '../i18n';

export function Spinner({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner-dot" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

/** The localised summary and reason, with the server's raw words behind a "details" toggle. */
export function ErrorText({ text, children }: { text: ErrorTextValue; children?: ReactNode }) {
  const t = useT();
  return (
    <>
      <strong>{text.summary}</strong>
      {text.reason ? (
        <div className="error-reason" data-testid="error-reason">
          {text.reason}
        </div>
      ) : null}
      {children}
      {text.raw ? (
        <details className="error-raw" data-testid="error-raw">
          <summary>{t('error.details')}</summary>
          <div className="error-detail">{text.raw}</div>
        </details>
      ) : null}
    </>
  );
}

export function ErrorBox({ error, onRetry, children }: { error: unknown; onRetry?: () => void; children?: ReactNode }) {
  const t = useT();
  const text = describeError(t, error);
  return (
    <div className="error-box" role="alert" data-testid="error-box">
      <ErrorText text={text} />
      {children}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}
