/** Explore filters: node labels, relationship types, county; size and colour by attribute; the hidden-node count with a way back. */
import { LABEL_STYLE, NODE_LABELS, REL_CAPTION, REL_TYPES } from '../../../model/schema';
import { getCounties } from '../api/cached';
import { useApi } from '../api/useApi';
import { ShapeIcon } from '../graph/Legend';
import { COLOUR_BY, SIZE_BY, styleStore, type ColourBy, type SizeBy } from '../graph/style-by';
import { caption, useLang, useT } from '../i18n';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';

/** Size and colour by attribute (graph/style-by.ts). */
function StyleControls() {
  const t = useT();
  const style = useSlice(styleStore, (s) => s);
  return (
    <div className="style-controls">
      <label className="field">
        {t('style.size')}
        <select
          value={style.size}
          onChange={(e) => styleStore.set({ size: e.target.value as SizeBy })}
          data-testid="size-by"
        >
          {SIZE_BY.map((v) => (
            <option key={v} value={v}>
              {t(`style.size.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('style.colour')}
        <select
          value={style.colour}
          onChange={(e) => styleStore.set({ colour: e.target.value as ColourBy })}
          data-testid="colour-by"
        >
          {COLOUR_BY.map((v) => (
            <option key={v} value={v}>
              {t(`style.colour.${v}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function FiltersPanel() {
  const t = useT();
  const lang = useLang();
  const filters = useSlice(appStore, (s) => s.filters);
  const hidden = useSlice(appStore, (s) => s.hidden);
  const counties = useApi(() => getCounties(''), []);

  return (
    <section className="filters" aria-label={t('filters.title')} data-testid="filters">
      <h3>{t('filters.title')}</h3>
      <fieldset>
        <legend>{t('filters.labels')}</legend>
        {NODE_LABELS.map((label) => (
          <label key={label} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenLabels.includes(label)}
              onChange={() => actions.toggleLabel(label)}
            />
            <ShapeIcon label={label} /> {caption(lang, LABEL_STYLE[label].caption)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.types')}</legend>
        {REL_TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenTypes.includes(type)}
              onChange={() => actions.toggleType(type)}
            />
            {caption(lang, REL_CAPTION[type])}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('filters.county')}
        <select
          value={filters.county ?? ''}
          onChange={(e) => actions.setCounty(e.target.value || null)}
          data-testid="county-filter"
        >
          <option value="">{t('filters.allCounties')}</option>
          {(counties.data?.counties ?? []).map((c) => (
            <option key={c.id} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <StyleControls />
      {hidden.length ? (
        <button type="button" onClick={() => actions.unhideAll()}>
          {t('graph.showHidden', { n: hidden.length })}
        </button>
      ) : null}
    </section>
  );
}
