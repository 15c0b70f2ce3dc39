/** EXPLAIN's warnings of a typed query, in the UI language, shown above its result; Neo4j's words behind "details". */
import type { QueryWarning } from '../../../model/api';
import { useT } from '../i18n';

export function QueryWarnings({ warnings }: { warnings: readonly QueryWarning[] | undefined }) {
  const t = useT();
  if (!warnings?.length) return null;
  return (
    <ul className="query-warnings" data-testid="query-warnings" role="status">
      {warnings.map((w, i) => (
        <li key={`${w.code}:${i}`} className="query-warning" data-kind={w.kind}>
          <span aria-hidden="true">⚠ </span>
          {t(`query.warning.${w.kind}`, { name: w.name ?? '' })}
          {w.position ? ` (${t('query.position', { line: w.position.line, column: w.position.column })})` : ''}
          <details className="error-raw">
            <summary>{t('error.details')}</summary>
            <div className="error-detail">{w.message}</div>
          </details>
        </li>
      ))}
    </ul>
  );
}
