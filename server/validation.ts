/** Request validation: a zod failure becomes a 400 whose message names each bad field in the user's terms. */
import type { z } from 'zod';
import { ValidationError } from './errors';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    // Unknown keys come back as one issue listing them; say which.
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown ${where} ${issue.keys.map((k) => `'${k}'`).join(', ')}`
        : issue.message;
    return { field, message };
  });
  const summary = issues
    .map((i) =>
      i.field && !i.message.startsWith(i.field.split('.')[0] ?? '') ? `${i.field}: ${i.message}` : i.message,
    )
    .join('; ');
  throw new ValidationError(`Invalid request: ${summary}.`, { issues });
}
