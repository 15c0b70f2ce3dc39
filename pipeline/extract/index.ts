/**
 * Extract: run every rule family over an article's sentences. Entities first (places, then
 * the bodies written on them, names, people), then the relations that need them (parts,
 * partnerships, runs). Nothing here decides identity: that is the resolver's job.
 */
import type { Article, Mention } from '../types';
import { readComponents } from './components';
import { readConcepts, typedKeys } from './concepts';
import { readCredits } from './credits';
import { readKnownPeople } from './known-people';
import { ArticleReading } from './mentions';
import { readOrganizations } from './organizations';
import { readPartnerships } from './partnerships';
import { readPeople } from './people';
import { provenNames, readPlaces } from './places';
import { readRuns, type PendingRun } from './runs';

export interface ArticleExtraction {
  article: Article;
  mentions: Mention[];
  facts: ArticleReading['facts'];
  credits: ArticleReading['credits'];
  /** Initiatives and mechanisms whose sentence names no runner. */
  pendingRuns: PendingRun[];
}

/** The keys of all typed names of an article (first pass over the whole input). */
export function articleConceptKeys(article: Article): string[] {
  return article.sentences.flatMap(typedKeys);
}

export function extractArticle(article: Article, knownConcepts: ReadonlySet<string>): ArticleExtraction {
  const reading = new ArticleReading(article.text);
  const proven = provenNames(article.sentences);
  for (const s of article.sentences) readPlaces(s, reading, proven);
  for (const s of article.sentences) {
    readOrganizations(s, reading);
    readConcepts(s, reading, knownConcepts);
    readPeople(s, reading);
    readCredits(s, reading, article.items[s.item]?.kind);
  }
  readKnownPeople(article, reading);
  for (const s of article.sentences) {
    readComponents(s, reading);
    readPartnerships(s, reading);
  }
  const pendingRuns = readRuns(article.sentences, reading, article.items);
  return { article, mentions: reading.mentions, facts: reading.facts, credits: reading.credits, pendingRuns };
}
