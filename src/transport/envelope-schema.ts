/**
 * The submission envelope (DESIGN.md "Transport contract (v1)"): what the browser posts to
 * `{endpoint}/submissions` and what the data hub accepts. Shared by both sides, so no Node APIs.
 * `data` is only checked to be an object here; the assistant's `payloadSchema` and the engine's
 * rules validate it separately.
 */
import { z } from '../engine/zod.js';

/** RFC 6901 JSON Pointer, e.g. `/data/halter/name`. */
const jsonPointer = z.string().check(z.regex(/^(\/([^~/]|~[01])*)*$/), z.maxLength(500));

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** One file uploaded before the envelope (`POST {endpoint}/uploads`). */
export const attachmentSchema = z.strictObject({
  uploadId: text(200),
  /** Field path the file belongs to, e.g. `nachweise`. */
  field: text(200),
  filename: text(255),
  mediaType: text(200),
  size: z.int().check(z.nonnegative()),
  /** Hex SHA-256 of the file's bytes. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/**
 * A UUID (RFC 9562, versions 1–8) and an RFC 3339 date-time with offset, as plain patterns: zod's
 * `z.uuid()` and `z.iso.datetime()` bring its whole table of format regexes into every script-tag
 * bundle (about 0.5 KB gzip) for two checks. The OpenAPI document adds their `format`
 * (hub/openapi.ts), so the contract reads as before.
 */
const uuid = z
  .string()
  .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i));
const dateTime = z
  .string()
  .check(
    z.regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
    ),
  );

export const envelopeSchema = z.strictObject({
  /** `crypto.randomUUID()`, made once per application; also the `Idempotency-Key`. */
  id: uuid,
  assistant: z.strictObject({
    id: text(100),
    version: text(50),
    schemaVersion: text(50),
  }),
  municipality: z.strictObject({
    /** Amtlicher Gemeindeschlüssel, 8 digits. */
    ags: z.string().check(z.regex(/^\d{8}$/)),
    name: text(200),
  }),
  locale: z.enum(['de', 'en']),
  submittedAt: dateTime,
  /** The answers, as the assistant's JSON Schema describes them. */
  data: z.record(z.string(), z.unknown()),
  /** Values the assistant derived (e.g. the annual dog tax). */
  computed: z.optional(z.record(z.string(), z.unknown())),
  attachments: z.optional(z.array(attachmentSchema)),
  /** Pointers to answers that came from a prefill source rather than the citizen. */
  prefilled: z.optional(z.array(jsonPointer)),
});

export type Envelope = z.infer<typeof envelopeSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
