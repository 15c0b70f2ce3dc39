// @name shared-initiatives
// @title Shared initiatives
// @title:zh 共享举措
// @description Initiatives and mechanisms run in at least minCounties counties, with the counties and who runs them in each
// @description:zh 在至少 minCounties 个县（市、区）开展的品牌举措和工作机制，及各县的开展主体
// @param minCounties integer = 2  Least number of distinct counties
// @param:zh minCounties 至少开展的县（市、区）数
//
// The county of a runner: the nearest Place of level 'county' up its LOCATED_IN / PART_OF chain (a
// county-level place that runs something itself is its own county), else the runner's `county` property.
// Runners with no county are left out. counties: [{county, runners: [{runner, rel}]}], by county name.
MATCH (runner)-[rel:RUNS]->(initiative)
WHERE initiative:Initiative OR initiative:Mechanism
CALL (runner) {
  OPTIONAL MATCH up = (runner)-[:LOCATED_IN|PART_OF*0..8]->(c:Place {level: 'county'})
  WITH c, up ORDER BY length(up) LIMIT 1
  RETURN coalesce(c.name, runner.county) AS county
}
WITH initiative, county, runner, rel WHERE county IS NOT NULL
ORDER BY runner.name, runner.id
WITH initiative, county, collect({runner: runner, rel: rel}) AS runners
ORDER BY county
WITH initiative, collect({county: county, runners: runners}) AS counties
WHERE size(counties) >= $minCounties
RETURN initiative, size(counties) AS countyCount, counties
ORDER BY countyCount DESC, initiative.name
