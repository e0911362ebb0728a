// Types of komm-theme.mjs for TypeScript callers (src/theming/dev-contrast.ts, the tests).
export type Rgb = [number, number, number];
export interface PairResult {
  label: string;
  ratio: number;
  min: number;
  pass: boolean;
  fg: string;
  bg: string;
  tokens: string;
}
export const HOST_TOKENS: string;
export const PAIRS: [string, string | string[], string, number][];
export function declarationsOf(body: string): Record<string, string>;
export function rulesOf(css: string): { label: string; decls: Record<string, string> }[];
export function parseColor(value: string): Rgb;
export function hex(rgb: Rgb): string;
export function contrast(a: Rgb, b: Rgb): number;
export function resolver(themeDecls: Record<string, string>): (name: string) => string;
export function checkTokens(themeDecls: Record<string, string>): PairResult[];
export function checkCss(css: string, name?: string): { pass: boolean; lines: string[] };
