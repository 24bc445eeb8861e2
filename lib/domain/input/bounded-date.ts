import { z } from "zod";

/** The years a date may fall in when it comes in from outside: anything else is a typo or an attack. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

const EARLIEST = new Date(Date.UTC(EARLIEST_YEAR, 0, 1));
const LATEST = new Date(Date.UTC(LATEST_YEAR, 11, 31, 23, 59, 59, 999));

/**
 * A date and time as a door sends it (ISO 8601 text, epoch milliseconds, or a Date), as a Date
 * between the years 1900 and 2200. `invalid` is the message for what is not a date at all; a
 * date outside the range is refused with the same words and the accepted range. Unlike
 * z.coerce.date, null, booleans and objects are refused rather than read as 1970.
 */
export function boundedDate(invalid: string) {
  const range = `${invalid} between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`;
  return z
    .union([z.date(), z.string().max(64, invalid), z.number()], { error: invalid })
    .pipe(z.coerce.date<string | number | Date>({ error: invalid }).min(EARLIEST, range).max(LATEST, range));
}
