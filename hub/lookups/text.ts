/**
 * Text helpers of the lookups: a small CSV reader (`;`-separated, RFC 4180 quoting) and the
 * folding that makes searches case- and umlaut-insensitive.
 */
import { readFileSync } from 'node:fs';

/** Rows of a `;`-separated CSV text with a header line, as objects keyed by the header. */
export function parseCsv(text: string, separator = ';'): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      cell = '';
      if (row.some((v) => v !== '')) rows.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((v) => v !== '')) rows.push(row);
  const [header, ...body] = rows;
  if (!header) return [];
  const keys = header.map((h) => h.trim());
  return body.map((cells) => Object.fromEntries(keys.map((k, i) => [k, (cells[i] ?? '').trim()])));
}

/** Reads a CSV file (UTF-8); the error names the file. */
export function readCsv(file: string | URL): Record<string, string>[] {
  return parseCsv(readFileSync(file, 'utf8'));
}

/**
 * Folds text for matching: lower case, diacritics dropped, ß -> ss, and ae/oe/ue -> a/o/u, so
 * "Bäckerei", "BAECKEREI" and "backerei" are the same word.
 */
export const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([aou])e/g, '$1');

/** The folded words of a text (letters and digits). */
export const words = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
