/**
 * Size and colour of nodes by an attribute of the data, as Gephi Lite offers: size by degree (the
 * default), by the number of articles a node was read in, or uniform; colour by label (the default)
 * or on a light-to-dark scale of degree or articles.
 */
import { Store } from '../state/store';

export const SIZE_BY = ['degree', 'articles', 'uniform'] as const;
export const COLOUR_BY = ['label', 'degree', 'articles'] as const;
export type SizeBy = (typeof SIZE_BY)[number];
export type ColourBy = (typeof COLOUR_BY)[number];

export const styleStore = new Store<{ size: SizeBy; colour: ColourBy }>({ size: 'degree', colour: 'label' });

export const MIN_SIZE = 4;
export const MAX_SIZE = 18;

/** Square-root scale, so the largest values stand out without hiding the rest. */
export function scaledSize(value: number, max: number): number {
  if (max <= 0) return MIN_SIZE;
  return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, value) / max);
}

/** The articles a node or relationship was read in (its provenance), 0 when it carries none. */
export function articleCount(properties: unknown): number {
  const articles = (properties as { articles?: unknown } | null)?.articles;
  return Array.isArray(articles) ? articles.length : 0;
}

const LIGHT = [0xc6, 0xdb, 0xef];
const DARK = [0x08, 0x30, 0x6b];

/** A sequential blue: light for the smallest value, dark for the largest. */
export function scaledColour(value: number, max: number): string {
  const f = max <= 0 ? 0 : Math.sqrt(Math.min(1, Math.max(0, value / max)));
  const channel = (i: number) =>
    Math.round(LIGHT[i]! + (DARK[i]! - LIGHT[i]!) * f)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
