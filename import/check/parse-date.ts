/** Excel's day 0 for serial dates (1900 system, counting its phantom 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials outside this range are more likely amounts or codes than dates (1954–2064). */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 60_000;

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^(\d{5})(?:\.\d+)?$/;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as registries and ledgers write it — 2019-03-29, 2019/3/29, 2019.03.29, 2019年3月29日,
 * 20190329, an Excel serial (43553) — as YYYY-MM-DD; null when it is none of these or no
 * such day exists (2019-02-30). A month without a day is not a date here.
 */
export function parseDate(text: string): string | null {
  const value = text.normalize('NFKC').trim();
  const parts = SEPARATED.exec(value) ?? COMPACT.exec(value);
  if (parts) return isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  const serial = SERIAL.exec(value);
  if (serial) {
    const days = Number(serial[1]);
    if (days < SERIAL_MIN || days > SERIAL_MAX) return null;
    return new Date(EXCEL_EPOCH + days * DAY_MS).toISOString().slice(0, 10);
  }
  return null;
}
