/** The `--date` option the extracting commands share: a real calendar date, YYYY-MM-DD. */
import { InvalidArgumentError, Option } from "commander";

/** Checks a `--date` value: the form and the calendar (2023-02-30 is refused). */
export function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError(`expected a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** `--date <YYYY-MM-DD>`: the publication date of the inputs, over any date they give. */
export function dateOption(): Option {
  return new Option("--date <YYYY-MM-DD>", "publication date of the inputs (overrides the dates they give)").argParser(parseDate);
}
