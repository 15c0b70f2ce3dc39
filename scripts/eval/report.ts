/** A split's score as a markdown table, with the targets (issue 11, "Done when") beside it. */
import type { Ratio, SplitScore } from './score';

interface Row {
  measure: string;
  key: keyof Omit<SplitScore, 'articles'>;
  /** Higher is better unless `atMost`; a target is the bar for text not tuned on. */
  target?: number;
  atMost?: boolean;
  /** Show k and n only (a count, not a rate). */
  count?: boolean;
}

const ROWS: Row[] = [
  { measure: 'posts precision (person, title, body)', key: 'postsPrecision', target: 0.85 },
  { measure: 'posts recall', key: 'postsRecall', target: 0.75 },
  { measure: 'post status right (of posts found)', key: 'postStatus' },
  { measure: 'credits that became HOLDS_POST', key: 'creditsAsPosts', target: 0, atMost: true, count: true },
  { measure: 'credits read as CREDITED', key: 'creditsFound' },
  { measure: '村民/居民/党员 that became HOLDS_POST', key: 'nonPostsAsPosts', target: 0, atMost: true, count: true },
  { measure: 'places recall', key: 'placesRecall', target: 0.85 },
  { measure: 'places parent right (of places found)', key: 'placeParent', target: 0.85 },
  { measure: 'places level right (of places found)', key: 'placeLevel' },
  { measure: 'places precision (below city level)', key: 'placesPrecision' },
  { measure: 'initiatives + mechanisms recall', key: 'conceptsRecall', target: 0.6 },
  { measure: 'initiatives + mechanisms precision', key: 'conceptsPrecision' },
  { measure: 'shared concepts: (concept, county) pairs found', key: 'sharedPairs', target: 0.6 },
  { measure: 'shared concepts joined in one node (all counties)', key: 'sharedJoined' },
  { measure: 'Person nodes that are annotated people', key: 'personNodes', target: 0.95 },
];

const fmt = (r: Ratio) => (r.value === null ? '—' : r.value.toFixed(2));

function meets(row: Row, r: Ratio): string {
  if (row.target === undefined || r.n === 0) return '';
  if (row.atMost) return r.k <= row.target ? 'yes' : 'no';
  return (r.value ?? 0) >= row.target ? 'yes' : 'no';
}

export function markdownTable(title: string, score: SplitScore): string {
  const lines = [
    `### ${title} (${score.articles} articles)`,
    '',
    '| measure | value | k / n | target | met |',
    '|---|---:|---:|---:|:---:|',
    ...ROWS.map((row) => {
      const r = score[row.key];
      const target = row.target === undefined ? '' : row.atMost ? `≤ ${row.target}` : `≥ ${row.target}`;
      return `| ${row.measure} | ${row.count ? String(r.k) : fmt(r)} | ${r.k} / ${r.n} | ${target} | ${meets(row, r)} |`;
    }),
  ];
  return lines.join('\n');
}

/** The misses and wrong predictions behind each measure, one line each. */
export function details(score: SplitScore): string {
  return ROWS.filter((row) => score[row.key].wrong.length > 0)
    .map((row) => [`- ${row.measure}:`, ...score[row.key].wrong.map((w) => `  - ${w}`)].join('\n'))
    .join('\n');
}
