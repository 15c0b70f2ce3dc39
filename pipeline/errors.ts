/** Typed errors of the pipeline: tests check the class, never the wording. */
export class PipelineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input folder cannot be used at all (missing, not a folder, no readable files). */
export class InputFolderError extends PipelineError {
  constructor(message: string) {
    super('input_folder', message);
  }
}

/** The built graph breaks the model (a relationship between labels REL_ENDPOINTS forbids …). */
export class GraphValidationError extends PipelineError {
  constructor(message: string) {
    super('graph_invalid', message);
  }
}
