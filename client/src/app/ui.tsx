/** Small shared pieces: loading indicator, error box with retry, empty state. */
import type { ReactNode } from 'react';
import { describeError } from '../api/errors';
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

export function ErrorBox({ error, onRetry, children }: { error: unknown; onRetry?: () => void; children?: ReactNode }) {
  const t = useT();
  const text = describeError(t, error);
  return (
    <div className="error-box" role="alert" data-testid="error-box">
      <strong>{text.summary}</strong>
      {text.detail ? <div className="error-detail">{text.detail}</div> : null}
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
