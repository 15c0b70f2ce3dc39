/** A failed run's error, once, in the UI language, with the caret under the position Neo4j names. */
import { describeError } from '../api/errors';
import { ErrorText } from '../app/ui';
import { useT } from '../i18n';

/** The error's line with a caret under the column, as consoles show it. */
export function caretLine(text: string, line: number, column: number): string {
  const source = text.split('\n')[line - 1] ?? '';
  return `${source}\n${' '.repeat(Math.max(0, column - 1))}^`;
}

export function QueryError({ error, text }: { error: unknown; text?: string }) {
  const t = useT();
  const described = describeError(t, error);
  const position = described.position;
  return (
    <div className="error-box" role="alert" data-testid="query-error">
      <ErrorText text={described}>
        {position ? (
          <>
            <div>{t('query.position', { line: position.line, column: position.column })}</div>
            {text !== undefined ? (
              <pre className="error-position">{caretLine(text, position.line, position.column)}</pre>
            ) : null}
          </>
        ) : null}
      </ErrorText>
    </div>
  );
}
