/** Fields of API requests that several endpoints share, with messages that say what is allowed. */
import { z } from 'zod';

/** A whole number from a query string, with a message that states the allowed range. */
export function wholeNumber(name: string, min: number, max: number, fallback: number) {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .default(fallback);
}

/** A calendar date, `YYYY-MM-DD` (publication dates; the `asOf` of who-leads). */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const isoDate = (name: string) =>
  z
    .string({ error: `${name} must be a date written YYYY-MM-DD` })
    .trim()
    .regex(ISO_DATE, { error: `${name} must be a date written YYYY-MM-DD, e.g. 2024-05-01` });
