/**
 * Checks a graph document before anything is written, with the model's one document schema
 * (model/graph.ts): the loader generates one statement per label and relationship type of the model,
 * finds relationship ends by id, and needs every fact's provenance.
 */
import { graphDocumentProblems, type GraphDocument } from '../../model';
import { GraphDocumentError } from './errors';

/** Enough problems to fix a file, not a wall of text. */
const MAX_PROBLEMS = 20;

/** Throws GraphDocumentError listing what is wrong; returns the document typed when it is usable. */
export function validateGraphDocument(doc: unknown, source = 'graph document'): GraphDocument {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new GraphDocumentError(`${source} is not a JSON object`);
  const problems = graphDocumentProblems(doc);
  if (problems.length) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`… and ${problems.length - MAX_PROBLEMS} more`);
    throw new GraphDocumentError(`${source} has ${problems.length} problem(s); nothing was loaded`, shown);
  }
  return doc as GraphDocument;
}
