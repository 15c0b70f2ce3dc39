// @name mechanism-components
// @title Parts of a mechanism
// @title:zh 工作机制的组成部分
// @description The parts of a mechanism (a numbered work system such as “1+3+6”), in their order
// @description:zh 某工作机制（如数字命名的工作体系）的组成部分及顺序
// @param mechanism string  The mechanism: id, name, an alias or its code
// @param:zh mechanism 工作机制：id、名称、别名或数字简称
//
// order: the part's position when the text numbers the parts (PART_OF.order), else null, listed last.
MATCH (mechanism:Mechanism)
WHERE mechanism.id = $mechanism OR mechanism.name = $mechanism OR $mechanism IN mechanism.aliases OR mechanism.code = $mechanism
MATCH (component)-[rel:PART_OF]->(mechanism)
RETURN mechanism, component, rel.order AS order, rel
ORDER BY mechanism.id, rel.order, component.name
