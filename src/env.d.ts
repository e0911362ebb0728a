// `import.meta.env` as Vite defines it (Vite builds, Storybook); undefined elsewhere (WTR's
// esbuild, Node), hence optional. Only `DEV` is used (src/theming/dev-contrast.ts).
interface ImportMeta {
  readonly env?: { readonly DEV?: boolean };
}
