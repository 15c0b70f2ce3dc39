/** Where the write token stands (this tab only), with a field to paste one and a button to forget it. */
import { useState } from 'react';
import { setToken, tokenStore } from '../api/token';
import { useT } from '../i18n';
import { useSlice } from '../state/store';

export function TokenForm() {
  const t = useT();
  const token = useSlice(tokenStore, (s) => s.token);
  const [draft, setDraft] = useState('');
  if (token)
    return (
      <div className="token-state" data-testid="token-set">
        <span>{t('articles.token.set')}</span>
        <button type="button" className="link" onClick={() => setToken(null)}>
          {t('articles.token.forget')}
        </button>
      </div>
    );
  return (
    <div className="token-form">
      <label className="field">
        {t('articles.token.label')}
        <input
          type="password"
          autoComplete="off"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              setToken(draft);
            }
          }}
          data-testid="token-input"
        />
      </label>
      <button type="button" disabled={!draft.trim()} onClick={() => setToken(draft)}>
        {t('articles.token.save')}
      </button>
    </div>
  );
}
