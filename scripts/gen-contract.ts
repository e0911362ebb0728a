/**
 * Writes the contract files a data hub operator gets (DESIGN.md "Transport contract (v1)"):
 *
 *   dist/schemas/<id>.schema.json   JSON Schema 2020-12 of the envelope's `data`, per assistant
 *   dist/openapi.json               the whole HTTP contract (OpenAPI 3.1)
 *
 * The same documents the reference hub answers on `GET /api/v1/schemas/<id>` and
 * `GET /api/v1/openapi.json` (here pretty-printed): both come from the hub's own builders in
 * `hub/openapi.ts`, so there is one contract, not two.
 *
 * Run by `scripts/build.mjs` as `node --import tsx scripts/gen-contract.ts [outDir]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataJsonSchema, openApiDocument } from '../hub/openapi.js';
import { API_PREFIX } from '../hub/server.js';
import { assistants } from '../src/assistants/registry.js';
import type { Assistant } from '../src/engine/define-assistant.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.argv[2] ?? join(root, 'dist');
const defs = assistants as Readonly<Record<string, Assistant<unknown>>>;

const write = (file: string, value: unknown) =>
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

mkdirSync(join(outDir, 'schemas'), { recursive: true });
for (const id of Object.keys(defs).sort())
  write(join(outDir, 'schemas', `${id}.schema.json`), dataJsonSchema(defs[id]!));
write(join(outDir, 'openapi.json'), openApiDocument(defs, API_PREFIX));
