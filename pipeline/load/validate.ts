/**
 * Checks a graph document before anything is written: the loader generates one statement per label and
 * relationship type of the model, finds relationship ends by id, and needs every fact's provenance.
 */
import { isNodeLabel, isRelType, joinsAllowed, type GraphDocument, type NodeLabel } from '../../model';
import { GraphDocumentError } from './errors';

/** Enough problems to fix a file, not a wall of text. */
const MAX_PROBLEMS = 20;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

function provenanceProblem(what: string, props: Record<string, unknown>, ownArticle?: string): string | undefined {
  const { evidence, articles } = props;
  if (
    evidence !== undefined &&
    !(Array.isArray(evidence) && evidence.every((e) => isObject(e) && typeof e.article === 'string'))
  ) {
    return `${what}: evidence must be a list of objects with an article`;
  }
  if (articles !== undefined && !isStringList(articles)) return `${what}: articles must be a list of strings`;
  const known = (articles as string[] | undefined)?.length || (evidence as unknown[] | undefined)?.length || ownArticle;
  return known ? undefined : `${what}: no provenance (neither evidence nor articles)`;
}

/** Throws GraphDocumentError listing what is wrong; returns the document typed when it is usable. */
export function validateGraphDocument(doc: unknown, source = 'graph document'): GraphDocument {
  if (!isObject(doc)) throw new GraphDocumentError(`${source} is not a JSON object`);
  if (doc.format !== 'govgraph/1')
    throw new GraphDocumentError(`${source}: format must be "govgraph/1", found ${JSON.stringify(doc.format)}`);
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.relationships))
    throw new GraphDocumentError(`${source}: nodes and relationships must be lists`);

  const problems: string[] = [];
  const labelOf = new Map<string, NodeLabel>();
  doc.nodes.forEach((node: unknown, i) => {
    const what = `node ${i}${isObject(node) && typeof node.id === 'string' ? ` (${node.id})` : ''}`;
    if (!isObject(node) || typeof node.id !== 'string' || !node.id)
      return void problems.push(`${what}: needs a non-empty string id`);
    if (labelOf.has(node.id)) return void problems.push(`${what}: duplicate id`);
    const labels = node.labels;
    if (!Array.isArray(labels) || labels.length !== 1 || typeof labels[0] !== 'string' || !isNodeLabel(labels[0])) {
      return void problems.push(`${what}: needs exactly one label of the model, found ${JSON.stringify(labels)}`);
    }
    labelOf.set(node.id, labels[0]);
    if (!isObject(node.properties)) return void problems.push(`${what}: properties must be an object`);
    if (node.properties.aliases !== undefined && !isStringList(node.properties.aliases))
      problems.push(`${what}: aliases must be a list of strings`);
    const p = provenanceProblem(what, node.properties, labels[0] === 'Article' ? node.id : undefined);
    if (p) problems.push(p);
  });

  const relIds = new Set<string>();
  doc.relationships.forEach((rel: unknown, i) => {
    const what = `relationship ${i}${isObject(rel) && typeof rel.id === 'string' ? ` (${rel.id})` : ''}`;
    if (!isObject(rel) || typeof rel.id !== 'string' || !rel.id)
      return void problems.push(`${what}: needs a non-empty string id`);
    if (relIds.has(rel.id)) return void problems.push(`${what}: duplicate id`);
    relIds.add(rel.id);
    if (typeof rel.type !== 'string' || !isRelType(rel.type))
      return void problems.push(`${what}: unknown type ${JSON.stringify(rel.type)}`);
    const start = labelOf.get(String(rel.start));
    const end = labelOf.get(String(rel.end));
    if (!start || !end)
      return void problems.push(
        `${what}: ${!start ? `start ${String(rel.start)}` : `end ${String(rel.end)}`} is not a node of the document`,
      );
    if (!joinsAllowed(rel.type, start, end)) problems.push(`${what}: ${rel.type} cannot join ${start} → ${end}`);
    if (!isObject(rel.properties)) return void problems.push(`${what}: properties must be an object`);
    const p = provenanceProblem(what, rel.properties);
    if (p) problems.push(p);
  });

  if (problems.length) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`… and ${problems.length - MAX_PROBLEMS} more`);
    throw new GraphDocumentError(`${source} has ${problems.length} problem(s); nothing was loaded`, shown);
  }
  return doc as unknown as GraphDocument;
}
