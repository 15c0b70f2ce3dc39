// @name shared-initiatives
// @title Shared initiatives
// @title:zh 共享举措
// @description Initiatives and mechanisms run in at least minCounties counties, with the counties and who runs them in each
// @description:zh 在至少若干个（个数由参数给定）县（市、区）开展的品牌举措和工作机制，及各县的开展主体
// @param minCounties integer = 2  Least number of distinct counties
// @param:zh minCounties 至少开展的县（市、区）数
// @param limit integer = 100  At most this many initiatives and mechanisms, those run in the most counties first
// @param:zh limit 最多列出的举措和机制数，开展县数多的在前
//
// The county of a runner is its derived `inCounty` (pipeline/load/derive.ts: the nearest Place of level
// 'county' up its LOCATED_IN / PART_OF chain, a county-level place being its own, else its `county`
// property), and each concept's `countyCount` is derived from them at load time, so the top ones are
// found through the countyCount indexes without walking any chain. Runners with no county are left out.
// counties: [{county, runners: [{runner, rel}]}], by county name.
CALL () {
  MATCH (i:Initiative) WHERE i.countyCount >= $minCounties
  RETURN i ORDER BY i.countyCount DESC, i.name, i.id LIMIT $limit
  UNION
  MATCH (i:Mechanism) WHERE i.countyCount >= $minCounties
  RETURN i ORDER BY i.countyCount DESC, i.name, i.id LIMIT $limit
}
WITH i AS initiative ORDER BY initiative.countyCount DESC, initiative.name, initiative.id LIMIT $limit
MATCH (runner)-[rel:RUNS]->(initiative)
WITH initiative, runner.inCounty AS county, runner, rel WHERE county IS NOT NULL
ORDER BY runner.name, runner.id
WITH initiative, county, collect({runner: runner, rel: rel}) AS runners
ORDER BY county
WITH initiative, collect({county: county, runners: runners}) AS counties
RETURN initiative, size(counties) AS countyCount, counties
ORDER BY countyCount DESC, initiative.name, initiative.id
