// @name shared-initiatives
// @title Shared initiatives
// @title:zh 共享举措
// @description Initiatives and mechanisms run in at least minCounties counties, with the counties and how many bodies or places run each in every county
// @description:zh 在至少若干个（个数由参数给定）县（市、区）开展的品牌举措和工作机制，及各县开展主体的个数
// @param minCounties integer = 2  Least number of distinct counties
// @param:zh minCounties 至少开展的县（市、区）数
// @param limit integer = 100  At most this many initiatives and mechanisms, those run in the most counties first
// @param:zh limit 最多列出的举措和机制数，开展县数多的在前
//
// Read from the concepts alone: the loader derives each one's `counties` (the distinct inCounty of its
// runners), `countyCount` and `countyRunners` (pipeline/load/derive.ts), so the top ones are found through
// the countyCount indexes and no runner is visited, however many a national campaign has. Who the runners
// are, with the evidence, is initiative-adopters (with its county). A concept loaded before countyRunners
// was derived has its runners counted here instead.
// counties: the county names, sorted; runnerCounts: how many run it in each, in the same order. Two flat
// lists rather than a map per county: a national campaign is run in hundreds of counties, and the rows
// of the top 100 are then tens of thousands of maps to encode and decode.
CALL () {
  MATCH (i:Initiative) WHERE i.countyCount >= $minCounties
  RETURN i ORDER BY i.countyCount DESC, i.name, i.id LIMIT $limit
  UNION
  MATCH (i:Mechanism) WHERE i.countyCount >= $minCounties
  RETURN i ORDER BY i.countyCount DESC, i.name, i.id LIMIT $limit
}
WITH i AS initiative ORDER BY initiative.countyCount DESC, initiative.name, initiative.id LIMIT $limit
RETURN initiative, initiative.countyCount AS countyCount, initiative.counties AS counties,
       coalesce(initiative.countyRunners, [county IN initiative.counties | COUNT {
         MATCH (r)-[:RUNS]->(initiative) WHERE r.loadedBy IS NOT NULL AND r.inCounty = county
       }]) AS runnerCounts
ORDER BY countyCount DESC, initiative.name, initiative.id
