/** What the graph holds from stored articles (the list's counts). */
import neo4j, { type Driver } from 'neo4j-driver';
import type { ArticleCounts } from '../../model/api-articles';
import { loadCypher } from '../../db/cypher-files';
import { toNumber } from '../../db/records';

export class ArticleRepository {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /** Counts of the loaded ones among `ids`; an article not in the graph is absent from the map. */
  async counts(ids: string[]): Promise<Map<string, ArticleCounts>> {
    if (ids.length === 0) return new Map();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const { records } = await session.run(loadCypher('internal/article-counts'), { ids });
      const n = (v: unknown) => Number(toNumber(v as Parameters<typeof toNumber>[0]));
      return new Map(
        records
          .filter((r) => r.get('loaded') === true)
          .map((r) => [
            String(r.get('id')),
            {
              entities: n(r.get('entities')),
              relationships: n(r.get('relationships')),
              sentences: n(r.get('sentences')),
            },
          ]),
      );
    } finally {
      await session.close();
    }
  }
}
