import { jstParts } from "@madoguchi/core/sla/jst-time";

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * Today and now in Japan time, as `max` of the date inputs: the browser refuses a future date
 * even without JavaScript (the inputs read as Japan time, like the form's fields).
 */
export function jstLimits(now: Date): { today: string; now: string } {
  const p = jstParts(now);
  const today = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return { today, now: `${today}T${pad(p.hour)}:${pad(p.minute)}` };
}
