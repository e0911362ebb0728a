/**
 * Builds the submission envelope (DESIGN.md, transport contract v1; its schema is
 * envelope-schema.ts): the answers plus everything the data hub needs to route them.
 */
import type { Answers, ComputedResult, Lang, StepDef } from '../engine/types.js';
import type { Envelope } from './envelope-schema.js';
import type { Attachment } from './envelope-schema.js';
import { pathToPointer } from './pointer.js';

export type { Envelope, Attachment as EnvelopeAttachment } from './envelope-schema.js';

/**
 * Finds the files in `data` for `attachments[]` (engine/files.ts `attachmentsOf`). Set when an
 * assistant with file fields loads the file field (components/fields/file-field.ts), so the
 * other script-tag bundles leave it out; unset, an envelope has no attachments.
 */
export const envelopeFiles: {
  of?: (steps: readonly StepDef<never>[], data: Answers) => Attachment[];
} = {};

/** What `createEnvelope` needs. */
export interface EnvelopeInput {
  /**
   * The assistant definition (`id`, `version`, `schemaVersion`; its `steps`, when given, find
   * the file answers in `data` for `attachments[]`).
   */
  def: { id: string; version: string; schemaVersion: string; steps?: readonly StepDef<never>[] };
  /** The municipality configuration (only `municipality` is read). */
  config: { municipality: { ags: string; name: string } };
  data: Answers;
  computed?: ComputedResult;
  locale: Lang;
  /** The application's id; keep it for every retry (see `newEnvelopeId`). */
  id: string;
  /** Defaults to now. */
  submittedAt?: string | Date;
  /** Prefilled answers, as data paths (`halter.name`) or pointers (`/data/halter/name`). */
  prefilled?: readonly string[];
}

/** Formats 16 random bytes as a UUID v4 (RFC 9562: version and variant bits set). */
export function uuidV4FromBytes(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(
    16,
    20,
  )}-${hex.slice(20)}`;
}

/**
 * A fresh application id (UUID v4). Make it once per application, not once per try.
 * `crypto.randomUUID` exists only in secure contexts; a CMS page still served over plain http
 * falls back to `getRandomValues`, which every context has.
 */
export const newEnvelopeId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : uuidV4FromBytes(crypto.getRandomValues(new Uint8Array(16)));

/**
 * Assembles the envelope (with every optional part present: `computed`, `attachments`,
 * `prefilled`). Pure apart from the default `submittedAt`; validates nothing.
 */
export function createEnvelope(input: EnvelopeInput): Required<Envelope> {
  const { def, config } = input;
  const submittedAt = input.submittedAt ?? new Date();
  return {
    id: input.id,
    assistant: { id: def.id, version: def.version, schemaVersion: def.schemaVersion },
    municipality: { ags: config.municipality.ags, name: config.municipality.name },
    locale: input.locale,
    submittedAt: typeof submittedAt === 'string' ? submittedAt : submittedAt.toISOString(),
    data: input.data,
    computed: input.computed ?? {},
    attachments: (def.steps && envelopeFiles.of?.(def.steps, input.data)) || [],
    prefilled: [
      ...new Set((input.prefilled ?? []).map((p) => (p.startsWith('/') ? p : pathToPointer(p)))),
    ],
  };
}
