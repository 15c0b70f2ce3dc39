/**
 * Once a page has introduced a person with a title (滨河社区党支部书记、居委会主任李红),
 * later sentences name them bare (李红牵头开通了…). Every further occurrence of a name the
 * page introduced is a mention of that person.
 */
import type { Article } from '../types';
import type { ArticleReading } from './mentions';

export function readKnownPeople(article: Article, reading: ArticleReading): void {
  const names = [...new Set(reading.mentions.filter((m) => m.label === 'Person').map((m) => m.name))].sort(
    (a, b) => b.length - a.length,
  );
  if (names.length === 0) return;
  for (const s of article.sentences) {
    for (const name of names) {
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + name.length)) {
        const start = s.start + at;
        if (!reading.overlaps(s, start, start + name.length, ['Person']))
          reading.add({ label: 'Person', name, surface: name, start, end: start + name.length, sentence: s });
      }
    }
  }
}
