/**
 * Reading a typed time of day (24-hour): the assistants with time fields call `useTimeFields()`
 * in their element module (see `timeFields` in input-field.ts).
 */
import { timeFields } from './input-field.js';

/**
 * A time of day as typed, to 24-hour "HH:MM": "7:30", "7.30", "730", "0730" -> "07:30";
 * "19", "19 Uhr" -> "19:00"; with am/pm (English speakers write it whatever the hint says):
 * "8pm", "8:30 p.m." -> "20:00", "20:30", "12am" -> "00:00". Three digits are H + MM ("730";
 * "123" -> "01:23"). Anything else, or no such time ("24:00", "7:60", "13pm"), is undefined:
 * the text stays and its format is reported.
 */
export function parseTime(raw: string): string | undefined {
  const m = /^(\d\d?)(?:[:.]?(\d\d))? *(?:uhr|h|([ap])\.? ?m\.?)?$/i.exec(raw.trim());
  if (!m) return undefined;
  let h = +m[1]!;
  const pm = m[3]?.toLowerCase();
  if (pm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (pm === 'p' ? 12 : 0);
  }
  return h < 24 && +(m[2] ?? 0) < 60 ? `${String(h).padStart(2, '0')}:${m[2] ?? '00'}` : undefined;
}

/** Time fields of this assistant read "7:30" as 07:30 (and show it so once the field is left). */
export const useTimeFields = (): void => {
  timeFields.parse = parseTime;
};
