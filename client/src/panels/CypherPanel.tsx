/**
 * The Cypher editor (Neo4j's CodeMirror 6 package: highlighting, completion from the model's
 * labels, types and properties) with Ctrl/Cmd+Enter to run, and errors shown under it with their
 * position, which the editor's cursor also jumps to.
 */
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import type { EditorApi } from '@neo4j-cypher/codemirror';
import { useEffect, useRef, useState } from 'react';
import { NODE_LABELS, REL_TYPES } from '../../../model/schema';
import { describeError } from '../api/errors';
import { ErrorText } from '../app/ui';
import { useT } from '../i18n';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';

const PROPERTY_KEYS = [
  'name',
  'aliases',
  'county',
  'kind',
  'level',
  'code',
  'title',
  'text',
  'items',
  'evidence',
  'articles',
  'order',
  'role',
  'verb',
  'count',
  'source',
];
const SCHEMA = { labels: [...NODE_LABELS], relationshipTypes: [...REL_TYPES], propertyKeys: PROPERTY_KEYS };
const EXAMPLE = 'MATCH (p:Person)-[h:HOLDS_POST]->(o)\nRETURN p, h, o\nLIMIT 25';

/** The error's line with a caret under the column, as consoles show it. */
function caretLine(text: string, line: number, column: number): string {
  const source = text.split('\n')[line - 1] ?? '';
  return `${source}\n${' '.repeat(Math.max(0, column - 1))}^`;
}

export function CypherPanel({ error, running }: { error: unknown; running: boolean }) {
  const t = useT();
  const query = useSlice(appStore, (s) => s.query);
  const initial = query?.kind === 'cypher' ? query.text : EXAMPLE;
  const draft = useRef(initial);
  const editor = useRef<EditorApi | null>(null);
  const [ranText, setRanText] = useState(initial);
  const described = error ? describeError(t, error) : null;

  const run = (): void => {
    const text = draft.current.trim();
    if (!text) return;
    setRanText(draft.current);
    actions.runQuery({ kind: 'cypher', text: draft.current });
  };
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const position = described?.position;
    if (!position || !editor.current) return;
    editor.current.setPosition(position.offset ?? { line: position.line, column: position.column }, true);
  }, [described?.position]);

  return (
    <section className="cypher-panel">
      <h3>{t('query.editor')}</h3>
      <div className="editor-box" data-testid="cypher-editor">
        <CypherEditor
          value={initial}
          autofocus={false}
          lineWrapping
          schema={SCHEMA}
          onEditorCreated={(api) => {
            editor.current = api;
          }}
          onValueChanged={(value) => {
            draft.current = value;
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              runRef.current();
            }
          }}
        />
      </div>
      <div className="controls">
        <button type="button" onClick={run} disabled={running} data-testid="run-cypher">
          ▶ {t('query.run')}
        </button>
        <small>{t('query.runHint')}</small>
      </div>
      {described && query?.kind === 'cypher' ? (
        <div className="error-box" role="alert" data-testid="query-error">
          <ErrorText text={described}>
            {described.position ? (
              <>
                <div>{t('query.position', { line: described.position.line, column: described.position.column })}</div>
                <div className="error-position">
                  {caretLine(ranText, described.position.line, described.position.column)}
                </div>
              </>
            ) : null}
          </ErrorText>
        </div>
      ) : null}
    </section>
  );
}
