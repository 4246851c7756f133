/** Human-readable ticket numbers, e.g. Q-2026-000123: year of filing and a per-year sequence. */
export function formatTicketNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`bad year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return `Q-${year}-${String(sequence).padStart(6, "0")}`;
}

const pattern = /^Q-(\d{4})-(\d{6,})$/;

export function parseTicketNumber(text: string): { year: number; sequence: number } | undefined {
  const match = pattern.exec(text.trim().toUpperCase());
  if (!match?.[1] || !match[2]) return undefined;
  return { year: Number(match[1]), sequence: Number(match[2]) };
}

/** The filing year in Japan (JST), where the exchange operates; `now` comes from the caller. */
export function ticketYear(now: Date): number {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000).getUTCFullYear();
}
