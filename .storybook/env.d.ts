// Vite's `import.meta.glob` for preview.ts: src/env.d.ts types `import.meta.env` only (not
// `vite/client`, whose `env` would clash with it), so the one call used here is declared here.
interface ImportMeta {
  glob<T>(
    pattern: string,
    options: { query?: string; import?: string; eager: true },
  ): Record<string, T>;
}
