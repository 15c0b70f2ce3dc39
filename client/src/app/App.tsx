/** The shell: header (title, views, search, language), the current view, the details panel, the article dialog. */
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { ArticleViewer } from '../panels/ArticleViewer';
import { DetailsPanel } from '../panels/DetailsPanel';
import { actions } from '../state/actions';
import { VIEWS, ViewName, appStore } from '../state/app-state';
import { panelStore, sideShown, toggleSide } from '../state/panels';
import { useSlice } from '../state/store';
import { ArticlesView } from '../views/ArticlesView';
import { ExploreView } from '../views/ExploreView';
import { LeadersView } from '../views/LeadersView';
import { SharedView } from '../views/SharedView';
import { useGlobalKeys } from './keyboard';
import { SearchBox } from './SearchBox';
import { Spinner } from './ui';

// The Cypher editor is most of the bundle: load it when the query view is first opened.
const QueryView = lazy(() => import('../views/QueryView').then((m) => ({ default: m.QueryView })));

const VIEW_COMPONENT: Record<ViewName, React.ComponentType> = {
  explore: ExploreView,
  leaders: LeadersView,
  shared: SharedView,
  query: QueryView,
  articles: ArticlesView,
};

const VIEW_CAPTION: Record<ViewName, MessageKey> = {
  explore: 'view.explore',
  leaders: 'view.leaders',
  shared: 'view.shared',
  query: 'view.query',
  articles: 'articles.tab',
};

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

export function App() {
  const t = useT();
  const view = useSlice(appStore, (s) => s.view);
  const lang = useSlice(appStore, (s) => s.lang);
  const searchRef = useRef<HTMLInputElement>(null);
  useGlobalKeys(searchRef);
  const View = VIEW_COMPONENT[view];
  const side = useSlice(panelStore, (s) => s.side);
  const width = useWindowWidth();

  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="app-header">
        <button
          type="button"
          className="side-toggle"
          aria-expanded={sideShown(side, width)}
          onClick={() => toggleSide(window.innerWidth)}
          data-testid="side-toggle"
          title={t('panel.toggle')}
        >
          ☰ <span className="side-toggle-text">{t('panel.toggle')}</span>
        </button>
        <h1 className="app-title">
          {t('app.title')} <small>{t('app.subtitle')}</small>
        </h1>
        <nav className="tabs" aria-label="views">
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              className={v === view ? 'tab active' : 'tab'}
              aria-current={v === view ? 'page' : undefined}
              onClick={() => actions.setView(v)}
              data-testid={`tab-${v}`}
            >
              {t(VIEW_CAPTION[v])}
            </button>
          ))}
        </nav>
        <SearchBox inputRef={searchRef} />
        <button
          type="button"
          className="lang-switch"
          onClick={() => actions.setLang(lang === 'zh' ? 'en' : 'zh')}
          data-testid="lang-switch"
        >
          {t('lang.switch')}
        </button>
      </header>
      <main className={`app-main side-${side}`}>
        <Suspense fallback={<Spinner />}>
          <View />
        </Suspense>
        <DetailsPanel />
      </main>
      <footer className="app-footer">{t('key.help')}</footer>
      <ArticleViewer />
    </div>
  );
}
