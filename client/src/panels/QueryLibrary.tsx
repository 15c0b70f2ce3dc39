/** The named query library: pick a query, fill its parameters (typed by the library), run it. */
import { useEffect, useState } from 'react';
import type { QueryParameterSpec, QuerySpec } from '../../../model/api';
import { getQueries } from '../api/cached';
import { useApi } from '../api/useApi';
import { ErrorBox, Spinner } from '../app/ui';
import { useLang, useT } from '../i18n';
import type { Lang } from '../i18n/messages';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';
import { formatParam, parseParam } from './query-params';

/** A parameter's help in the UI language (the English one where the header has no // @param:zh). */
function help(p: QueryParameterSpec, lang: Lang): string | undefined {
  return lang === 'zh' ? (p.descriptionZh ?? p.description) : p.description;
}

function ParamForm({ spec, initial }: { spec: QuerySpec; initial: Record<string, unknown> }) {
  const t = useT();
  const lang = useLang();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(spec.parameters.map((p) => [p.name, formatParam(initial[p.name] ?? p.default)])),
  );
  const [invalid, setInvalid] = useState<string | null>(null);

  const run = (): void => {
    const params: Record<string, unknown> = {};
    for (const p of spec.parameters) {
      const parsed = parseParam(p, values[p.name] ?? '');
      if (!parsed.ok) {
        setInvalid(t('query.invalidParam', { name: p.name, value: values[p.name] ?? '' }));
        return;
      }
      params[p.name] = parsed.value;
    }
    setInvalid(null);
    actions.runQuery({ kind: 'named', name: spec.name, params });
  };

  return (
    <form
      className="param-form"
      data-testid="param-form"
      onSubmit={(e) => {
        e.preventDefault();
        run();
      }}
    >
      {spec.parameters.length ? <strong>{t('query.params')}</strong> : null}
      {spec.parameters.map((p) => (
        <label key={p.name} className="field">
          <span>
            {help(p, lang) ?? p.name}{' '}
            <small>
              <code>${p.name}</code> · {t(`query.type.${p.type}`)}
            </small>
          </span>
          {p.type === 'boolean' ? (
            <select value={values[p.name] ?? ''} onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}>
              <option value="true">{t('query.true')}</option>
              <option value="false">{t('query.false')}</option>
            </select>
          ) : (
            <input
              value={values[p.name] ?? ''}
              inputMode={p.type === 'integer' || p.type === 'float' ? 'numeric' : undefined}
              onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}
            />
          )}
        </label>
      ))}
      {invalid ? <div className="error-box">{invalid}</div> : null}
      <button type="submit" data-testid="run-named">
        ▶ {t('query.run')}
      </button>
    </form>
  );
}

export function QueryLibrary() {
  const t = useT();
  const lang = useLang();
  const library = useApi(() => getQueries(''), []);
  const query = useSlice(appStore, (s) => s.query);
  const [picked, setPicked] = useState<string | null>(query?.kind === 'named' ? query.name : null);
  useEffect(() => {
    if (query?.kind === 'named') setPicked(query.name);
  }, [query]);

  if (library.status === 'loading' || library.status === 'idle') return <Spinner />;
  if (library.status === 'error') return <ErrorBox error={library.error} onRetry={library.reload} />;
  const spec = library.data.queries.find((q) => q.name === picked);

  return (
    <section>
      <h3>{t('query.library')}</h3>
      <ul className="library" data-testid="query-library">
        {library.data.queries.map((q) => (
          <li key={q.name}>
            <button
              type="button"
              className={q.name === picked ? 'active' : ''}
              onClick={() => setPicked(q.name)}
              data-query={q.name}
            >
              {q.title[lang]}
              <span className="desc">{q.description[lang] || q.description.en}</span>
            </button>
          </li>
        ))}
      </ul>
      {spec ? (
        <ParamForm
          key={spec.name}
          spec={spec}
          initial={query?.kind === 'named' && query.name === spec.name ? query.params : {}}
        />
      ) : null}
    </section>
  );
}
