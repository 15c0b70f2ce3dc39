/**
 * An error of the article endpoints in the UI language: a missing or wrong token says how to get one
 * (and offers to paste it), a server without the writer says how to start one; the rest as ErrorBox.
 */
import { ApiError } from '../api/client';
import { ErrorBox } from '../app/ui';
import { useT } from '../i18n';
import { TokenForm } from './TokenForm';

export function ArticlesError({ error }: { error: unknown }) {
  const t = useT();
  if (error instanceof ApiError && error.status === 401)
    return (
      <div className="error-box" role="alert" data-testid="token-needed">
        <strong>{t('articles.token.needed')}</strong>
        <span>{t('articles.token.how')}</span>
        <TokenForm />
      </div>
    );
  if (error instanceof ApiError && error.code === 'writes_unavailable')
    return (
      <div className="error-box" role="alert" data-testid="writes-unavailable">
        <strong>{t('articles.writesUnavailable')}</strong>
      </div>
    );
  if (!(error instanceof ApiError) && error instanceof Error)
    return (
      <div className="error-box" role="alert">
        <strong>{error.message}</strong>
      </div>
    );
  return <ErrorBox error={error} />;
}
