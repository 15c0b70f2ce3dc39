/** Why a file was not added, in the UI language by its code, with the server's own words behind a toggle. */
import type { FileProblem as Problem } from '../../../model/api-articles';
import { useT } from '../i18n';
import { MESSAGES, type MessageKey } from '../i18n/messages';

export function problemKey(code: string): MessageKey {
  const key = `articles.problem.${code}`;
  return (key in MESSAGES.zh ? key : 'articles.problem.other') as MessageKey;
}

export function FileProblem({ problem }: { problem: Problem }) {
  const t = useT();
  return (
    <div className={problem.code === 'duplicate' ? 'file-problem note' : 'file-problem'} data-testid="file-problem">
      <span>{t(problemKey(problem.code))}</span>
      <details className="error-raw">
        <summary>{t('error.details')}</summary>
        <div className="error-detail">{problem.message}</div>
      </details>
    </div>
  );
}
