/**
 * One node per practice across the input: mentions are grouped by their concept key (see
 * concept-key.ts), the label is the majority of the typed readings (mechanism words against
 * initiative words; untyped readings do not vote), the name is the key when written as
 * such, else the most frequent written form. A practice of the governance thesaurus takes
 * its canonical name, label, scope and category from there, whatever the readings say; any
 * other name is a local brand (scope local). Components are nodes under their mechanism.
 */
import type { ConceptCategory, ConceptScope, InitiativeKind } from '../../model/schema';
import { labelOfCategory } from '../knowledge/thesaurus';
import type { Mention } from '../types';
import type { PlacePath } from './places';
import { conceptKey, normaliseConceptName, thesaurusEntryOf } from '../extract/concept-key';

export interface ConceptRef {
  id: string;
  label: 'Initiative' | 'Mechanism';
  name: string;
  kind?: InitiativeKind;
  code?: string;
  scope: ConceptScope;
  category?: ConceptCategory;
}

type ConceptMention = Mention & { label: 'Initiative' | 'Mechanism' };

function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

export function resolveConcepts(mentions: readonly ConceptMention[]): Map<ConceptMention, ConceptRef> {
  const groups = new Map<string, ConceptMention[]>();
  for (const m of mentions) {
    if (m.componentOf) continue;
    const key = conceptKey(m.name);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const out = new Map<ConceptMention, ConceptRef>();
  for (const [key, group] of groups) {
    const entry = thesaurusEntryOf(key);
    if (entry) {
      const type = labelOfCategory(entry.category);
      const ref: ConceptRef = {
        id: `${type.label.toLowerCase()}:${key}`,
        label: type.label,
        name: entry.name,
        ...(type.label === 'Initiative' ? { kind: type.kind } : {}),
        scope: entry.scope,
        category: entry.category,
      };
      for (const m of group) out.set(m, ref);
      continue;
    }
    const typed = group.filter((m) => !m.untyped);
    const mechanisms = typed.filter((m) => m.label === 'Mechanism').length;
    const label = mechanisms > 0 && mechanisms >= typed.length - mechanisms ? 'Mechanism' : 'Initiative';
    const names = group.map((m) => normaliseConceptName(m.name));
    const name = names.includes(key) ? key : mostFrequent(names);
    const kinds = typed.flatMap((m) => (m.label === 'Initiative' ? [m.kind] : []));
    const kind = kinds.length > 0 ? (mostFrequent(kinds) as InitiativeKind) : 'programme';
    const code = group.find((m) => m.label === 'Mechanism' && m.code)?.name;
    const ref: ConceptRef = {
      id: `${label.toLowerCase()}:${key}`,
      label,
      name,
      ...(label === 'Initiative' ? { kind } : {}),
      ...(code ? { code } : {}),
      scope: 'local',
    };
    for (const m of group) out.set(m, ref);
  }
  return out;
}

export function componentRef(parent: ConceptRef, m: Mention): ConceptRef {
  const name = normaliseConceptName(m.name);
  return {
    id: `mechanism:${parent.id.slice(parent.id.indexOf(':') + 1)}/${name}`,
    label: 'Mechanism',
    name,
    scope: 'local',
  };
}

/** The city a city-wide practice belongs to: the path down to the city of a runner's or the page's place. */
export function cityPrefix(path: PlacePath | undefined): PlacePath | undefined {
  const k = path?.findIndex((p) => p.level === 'city') ?? -1;
  return k >= 0 ? path!.slice(0, k + 1) : undefined;
}
