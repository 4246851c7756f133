/**
 * Japan Standard Time without a time-zone database: Japan has no daylight saving time, so a
 * fixed +09:00 offset is exact. "Wall" values are milliseconds whose UTC fields read as JST.
 */
export const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
export const MINUTE_MS = 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface JstParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
}

export function toJstWall(instant: Date): number {
  return instant.getTime() + JST_OFFSET_MS;
}

export function fromJstWall(wall: number): Date {
  return new Date(wall - JST_OFFSET_MS);
}

export function jstParts(instant: Date): JstParts {
  const wall = new Date(toJstWall(instant));
  const weekday = wall.getUTCDay();
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    isoWeekday: weekday === 0 ? 7 : weekday,
  };
}

/**
 * The instant of a JST wall-clock time, or undefined when the fields do not name a real time
 * (2026-02-30, 25:00).
 */
export function jstInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date | undefined {
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps the year as given.
  wall.setUTCFullYear(year);
  if (wall.getUTCFullYear() !== year || wall.getUTCMonth() !== month - 1 || wall.getUTCDate() !== day)
    return undefined;
  return fromJstWall(wall.getTime());
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The JST calendar date of an instant, as YYYY-MM-DD. */
export function jstDateKey(instant: Date): string {
  const parts = jstParts(instant);
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}
