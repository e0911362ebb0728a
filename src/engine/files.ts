/**
 * File fields (types.ts `FileField`): their defaults and the envelope's `attachments[]`, found
 * in the (pruned) answers by the definition, each with the data path of its field.
 */
import type { FieldDef, FileAnswer, FileField, StepDef } from './types.js';
import type { FieldNode } from './walk.js';
import { isEmpty } from './paths.js';
import { z, type ZodMiniType } from './zod.js';

/** PDF, JPEG and PNG: what the hub accepts unless the municipality says otherwise. */
export const DEFAULT_ACCEPT: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
/** 10 MB a file (DESIGN.md transport contract). */
export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

export const maxFilesOf = (f: FileField<unknown>): number => f.maxFiles ?? (f.multiple ? 10 : 1);

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * A file field's answer in the payload schema (payload-schema.ts): the files' metadata as the
 * hub's upload answer gave it. The engine checks the count (validate.ts); the browser needs no
 * shape check of what the hub itself answered, so this stays out of the script-tag bundles.
 */
export const fileAnswersSchema = (): ZodMiniType =>
  z.array(
    z.strictObject({
      uploadId: text(200),
      filename: text(255),
      mediaType: text(200),
      size: z.int().check(z.nonnegative()),
      sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    }),
  );

/** One entry of the envelope's `attachments[]`. */
export interface AttachmentRef extends FileAnswer {
  /** Data path of the file field, e.g. `evidenceFile` or `deployments.0.proof`. */
  field: string;
}

/**
 * The files in `data`, in definition order, each once. `data` is what is sent (pruned), so a
 * file answer of a hidden field is never listed.
 */
export function attachmentsOf(steps: readonly StepDef<never>[], data: unknown): AttachmentRef[] {
  const out: AttachmentRef[] = [];
  const seen = new Set<string>();
  const rec = (fields: readonly FieldDef<never>[], value: unknown, prefix: string) => {
    if (!value || typeof value !== 'object') return;
    for (const f of fields) {
      const v = Object.hasOwn(value, f.path)
        ? (value as Record<string, unknown>)[f.path]
        : undefined;
      const path = prefix + f.path;
      if (f.type === 'group')
        if (f.repeat && Array.isArray(v))
          v.forEach((item, i) => rec(f.fields, item, `${path}.${i}.`));
        else rec(f.fields, v, `${path}.`);
      else if (f.type === 'file' && Array.isArray(v))
        for (const a of v as FileAnswer[])
          if (!seen.has(path + a.uploadId)) {
            seen.add(path + a.uploadId);
            const { uploadId, filename, mediaType, size, sha256 } = a;
            out.push({ uploadId, field: path, filename, mediaType, size, sha256 });
          }
    }
  };
  for (const s of steps) rec(s.fields, data, '');
  return out;
}

/**
 * The text key for an answer left empty: "Nicht angegeben", but for a document that it was not
 * uploaded, and where the upload is required only on a condition (the citizen chose another way:
 * send it later, by post, show it at the office) that it will follow. One rule for the review
 * page (components/wizard/review.ts) and the office's mail and PDF (hub/render/application.ts).
 */
export const emptyAnswerKey = (field: FieldDef<never>): string =>
  field.type !== 'file'
    ? 'ui.review.empty'
    : typeof field.required === 'function'
      ? 'ui.review.fileLater'
      : 'ui.review.fileNone';

/**
 * Whether a plain group holds no answer at all (e.g. an optional second address left empty): the
 * review page and the office's mail and PDF then give the group one "Nicht angegeben" instead of
 * one per field. A yes/no box or a document field always shows its own line (a "Nein", a
 * "Nicht hochgeladen" say something); a repeatable group never counts as empty here.
 */
export function unanswered<P>(nodes: readonly FieldNode<P>[]): boolean {
  return nodes.every((n) =>
    n.field.type === 'info'
      ? true
      : n.field.type === 'group'
        ? !n.items && unanswered(n.children ?? [])
        : n.field.type !== 'checkbox' && n.field.type !== 'file' && isEmpty(n.value),
  );
}
