/**
 * The sentences a fact was read from, with the surface form highlighted, under the article and
 * item titles; a click opens the article scrolled to the sentence.
 */
import type { Evidence } from '../../../model/schema';
import { getArticle } from '../api/cached';
import { useApi } from '../api/useApi';
import { useT } from '../i18n';
import { isEvidence } from '../query/values';
import { actions } from '../state/actions';

/** The sentence split around the first occurrence of the surface form. */
export function HighlightedSentence({ sentence, surface }: { sentence: string; surface: string }) {
  const at = surface ? sentence.indexOf(surface) : -1;
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark>{surface}</mark>
      {sentence.slice(at + surface.length)}
    </>
  );
}

function ArticleTitles({ evidence }: { evidence: Evidence }) {
  const t = useT();
  const article = useApi(() => getArticle(evidence.article), [evidence.article]);
  const props = article.data?.article.properties;
  const item = props?.items.find((i) => i.index === evidence.item);
  return (
    <div className="evidence-source">
      {t('details.article')}: {props?.title ?? evidence.article}
      {item?.title ? ` · ${t('details.item')}: ${item.title}` : ''}
    </div>
  );
}

export function EvidenceList({ evidence }: { evidence: unknown }) {
  const t = useT();
  const list = Array.isArray(evidence) ? evidence.filter(isEvidence) : [];
  if (!list.length) return <div className="empty small">{t('details.noEvidence')}</div>;
  return (
    <ul className="evidence-list" data-testid="evidence-list">
      {list.map((e, i) => (
        <li key={`${e.article}:${e.start}:${i}`}>
          <button
            type="button"
            className="evidence-sentence"
            title={t('details.openArticle')}
            onClick={() => actions.openArticle({ id: e.article, start: e.start, end: e.end, surface: e.surface })}
          >
            <HighlightedSentence sentence={e.sentence} surface={e.surface} />
          </button>
          <ArticleTitles evidence={e} />
        </li>
      ))}
    </ul>
  );
}
