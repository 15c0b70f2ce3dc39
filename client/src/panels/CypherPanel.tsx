/**
 * The Cypher editor (Neo4j's CodeMirror 6 package: highlighting, completion from the model's
 * labels, types and properties) with Ctrl/Cmd+Enter to run and a cancel button while a query runs.
 * Errors are shown once, in their result frame; the editor's cursor jumps to their position, and a
 * query run from the history or a link is loaded into the editor.
 */
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import type { EditorApi } from '@neo4j-cypher/codemirror';
import { useEffect, useRef } from 'react';
import { NODE_LABELS, REL_TYPES } from '../../../model/schema';
import { describeError } from '../api/errors';
import { useT } from '../i18n';
import { cancelFrame } from '../query/frames';
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

export function CypherPanel({ error, runningKey }: { error: unknown; runningKey: string | null }) {
  const t = useT();
  const query = useSlice(appStore, (s) => s.query);
  const initial = query?.kind === 'cypher' ? query.text : EXAMPLE;
  const draft = useRef(initial);
  const editor = useRef<EditorApi | null>(null);
  const described = error ? describeError(t, error) : null;

  const run = (): void => {
    if (!draft.current.trim()) return;
    actions.runQuery({ kind: 'cypher', text: draft.current });
  };
  const runRef = useRef(run);
  runRef.current = run;

  // A query from the history, a favourite or a link replaces what the editor holds.
  const shownText = query?.kind === 'cypher' ? query.text : null;
  useEffect(() => {
    if (shownText === null || shownText === draft.current || !editor.current) return;
    draft.current = shownText;
    editor.current.setValue(shownText);
  }, [shownText]);

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
        <button type="button" onClick={run} disabled={runningKey !== null} data-testid="run-cypher">
          ▶ {t('query.run')}
        </button>
        {runningKey ? (
          <button type="button" onClick={() => void cancelFrame(runningKey)} data-testid="cancel-query">
            ■ {t('query.cancel')}
          </button>
        ) : null}
        <small>{t('query.runHint')}</small>
      </div>
    </section>
  );
}
