/** Global keys: `/` focuses search (unless typing somewhere), Esc closes the article or clears the selection. */
import { useEffect } from 'react';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

export function useGlobalKeys(searchInput: React.RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        searchInput.current?.focus();
      } else if (e.key === 'Escape' && !isTyping(e.target)) {
        if (appStore.get().article) actions.closeArticle();
        else actions.clearSelection();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchInput]);
}
