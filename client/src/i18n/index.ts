/** Translation for components: `const t = useT(); t('graph.stats', { nodes: 3, edges: 2 })`. */
import { useCallback } from 'react';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';
import { Lang, MESSAGES, MessageKey } from './messages';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function useLang(): Lang {
  return useSlice(appStore, (s) => s.lang);
}

export function useT(): Translate {
  const lang = useLang();
  return useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
}

/** A caption record from the model ({zh, en}) in the current language. */
export function caption(lang: Lang, record: { zh: string; en: string }): string {
  return record[lang];
}
