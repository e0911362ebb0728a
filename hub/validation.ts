/**
 * Validation of a submission with the very code the browser runs: the envelope schema, the
 * assistant's `payloadSchema` (structure, types, unknown keys) and the engine's `validateAll`
 * (requiredness, visibility, options from the municipality's parameters, cross-field rules).
 * Only `error` issues block; warnings are the citizen's to accept. Both run on every request,
 * so one answer lists every problem, not just the first layer's.
 */
import type { Assistant } from '../src/engine/define-assistant.js';
import { createTranslator, issueText } from '../src/engine/messages.js';
import { uiMessages } from '../src/components/messages.js';
import { fieldAt } from '../src/engine/walk.js';
import { isEmpty } from '../src/engine/paths.js';
import type { Issue, Lang } from '../src/engine/types.js';
import {
  errorsOnly,
  issueCode,
  validateAndPrune,
  type ZodIssueLike,
} from '../src/engine/validate.js';
import {
  attachmentSchema,
  envelopeSchema,
  type Envelope,
} from '../src/transport/envelope-schema.js';
import type { EncryptedEnvelope } from '../src/transport/encrypt.js';
import { z } from '../src/engine/zod.js';
import type { Municipality } from './configs.js';
import type { FieldError } from './problem.js';
import { parsePayload, schemaAccepts } from '../src/engine/payload-schema.js';
import { attachmentsOf } from '../src/engine/files.js';
import type { FieldDef, StepDef } from '../src/engine/types.js';

/** Keys that could reach an object's prototype if some consumer merged the payload naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any assistant's data; keeps recursive consumers (hashing, zod) off the stack limit. */
const MAX_DEPTH = 32;

/**
 * Checks parsed JSON for prototype keys and absurd nesting. Returns a German reason or undefined
 * when fine. Recursion stops one level below MAX_DEPTH, so a hostile body cannot overflow the
 * stack here.
 */
export function unsafeJsonReason(body: unknown, depth = 0): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  if (depth > MAX_DEPTH) return `Der Inhalt ist tiefer als ${MAX_DEPTH} Ebenen verschachtelt.`;
  if (Array.isArray(body)) {
    for (const item of body) {
      const reason = unsafeJsonReason(item, depth + 1);
      if (reason) return reason;
    }
    return undefined;
  }
  for (const key of Object.keys(body)) {
    if (FORBIDDEN_KEYS.has(key)) return `Der Inhalt enthält den unzulässigen Schlüssel „${key}“.`;
    const reason = unsafeJsonReason((body as Record<string, unknown>)[key], depth + 1);
    if (reason) return reason;
  }
  return undefined;
}

/** RFC 6901: `hunde.0.breed` under `/data` -> `/data/hunde/0/breed`. */
export const toPointer = (prefix: string, path: readonly PropertyKey[]): string =>
  prefix + path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

const GENERIC: Record<Lang, Record<string, string>> = {
  de: {
    required: 'Diese Angabe fehlt.',
    unrecognized_keys: 'Diese Angabe ist im Antrag nicht vorgesehen.',
    invalid_type: 'Diese Angabe hat den falschen Typ.',
    not_asked: 'Diese Frage wird bei Ihren übrigen Antworten nicht gestellt.',
    fallback: 'Diese Angabe ist ungültig.',
  },
  en: {
    required: 'This answer is missing.',
    unrecognized_keys: 'This answer is not part of the application.',
    invalid_type: 'This answer has the wrong type.',
    not_asked: 'This question is not asked given your other answers.',
    fallback: 'This answer is not valid.',
  },
};

const genericText = (lang: Lang, code: string) => GENERIC[lang][code] ?? GENERIC[lang].fallback!;

/** Field errors from zod issues under `prefix` (one per unknown key, pointing at that key). */
function zodErrors(issues: readonly ZodIssueLike[], prefix: string, lang: Lang): FieldError[] {
  return issues.flatMap((i) => {
    const code = issueCode(i);
    if (i.code === 'unrecognized_keys' && i.keys?.length)
      return i.keys.map((k) => ({
        pointer: toPointer(prefix, [...i.path, k]),
        detail: genericText(lang, code),
        code,
      }));
    return [{ pointer: toPointer(prefix, i.path), detail: genericText(lang, code), code }];
  });
}

/**
 * Paths of answers in `data` that `asked` (the answers to visible questions, see `pruneAnswers`)
 * does not hold: questions hidden by other answers. The browser never sends them; stored, they
 * would reach the specialist procedure (an IBAN beside "Überweisung").
 */
function unasked(
  data: unknown,
  asked: unknown,
  path: string[] = [],
  out: string[][] = [],
): string[][] {
  if (data === null || typeof data !== 'object') return out;
  const has = asked !== null && typeof asked === 'object';
  for (const k of Object.keys(data)) {
    const v = (data as Record<string, unknown>)[k];
    if (isEmpty(v)) continue;
    const a = has && Object.hasOwn(asked, k) ? (asked as Record<string, unknown>)[k] : undefined;
    // Groups and list items are judged by their answers (an empty `{}` answers nothing).
    const nested = Array.isArray(v)
      ? v.some((x) => x !== null && typeof x === 'object')
      : typeof v === 'object';
    path.push(k);
    if (nested) unasked(v, a, path, out);
    else if (a === undefined) out.push([...path]);
    path.pop();
  }
  return out;
}

export type SubmissionCheck =
  | { ok: true; envelope: Envelope | EncryptedEnvelope; def: Assistant<unknown> }
  | { ok: false; errors: FieldError[] };

export interface CheckContext {
  assistants: Readonly<Record<string, Assistant<unknown>>>;
  municipalities: ReadonlyMap<string, Municipality>;
  /** ISO date (YYYY-MM-DD) the rules treat as today. */
  today: string;
  /**
   * The stored upload of an application (hub/uploads.ts `readUploadMeta`). Without it every
   * attachment is unknown.
   */
  uploadMeta?: (
    applicationId: string,
    uploadId: string,
  ) => { sha256: string; size: number } | undefined;
}

const ATTACHMENT_TEXT = {
  unknown_upload: (name: string) =>
    `Die Datei „${name}“ liegt hier nicht (mehr) vor oder gehört zu einem anderen Antrag. Bitte laden Sie sie erneut hoch.`,
  attachment_missing: (name: string) =>
    `Die Datei „${name}“ fehlt in „attachments“. Jede Datei einer Antwort muss dort mit ihrem Feld stehen.`,
  attachment_not_answered: (name: string) =>
    `Die Datei „${name}“ steht in „attachments“, aber in keiner Antwort dieses Feldes.`,
};

/**
 * The envelope's files: each attachment must be an upload of this application with the same
 * `sha256` and `size` (`unknown_upload`, also at its field, where the citizen sees it), and
 * `attachments[]` must list exactly the files the answers hold, each with its field.
 */
function attachmentErrors(
  envelope: Envelope,
  def: Assistant<unknown>,
  ctx: CheckContext,
): FieldError[] {
  const sent = envelope.attachments ?? [];
  // No file sent and no file field to answer: nothing to find (the walk of the answers is skipped).
  if (sent.length === 0 && !hasFileField(def)) return [];
  const answered = attachmentsOf(def.steps as readonly StepDef<never>[], envelope.data);
  const key = (a: { field: string; uploadId: string }) => `${a.field}\u0000${a.uploadId}`;
  const inData = new Set(answered.map(key));
  const inList = new Set(sent.map(key));
  const errors: FieldError[] = [];
  const at = (pointer: string, code: keyof typeof ATTACHMENT_TEXT, name: string) =>
    errors.push({ pointer, code, detail: ATTACHMENT_TEXT[code](name) });
  sent.forEach((a, i) => {
    const meta = ctx.uploadMeta?.(envelope.id, a.uploadId);
    if (!meta || meta.sha256 !== a.sha256 || meta.size !== a.size) {
      at(`/attachments/${i}`, 'unknown_upload', a.filename);
      if (inData.has(key(a)))
        at(toPointer('/data', a.field.split('.')), 'unknown_upload', a.filename);
    } else if (!inData.has(key(a))) at(`/attachments/${i}`, 'attachment_not_answered', a.filename);
  });
  for (const a of answered)
    if (!inList.has(key(a)))
      at(toPointer('/data', a.field.split('.')), 'attachment_missing', a.filename);
  // One error per pointer (two files of one field both unknown: the field says it once).
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.pointer) && !!seen.add(e.pointer));
}

const fileFields = new WeakMap<Assistant<unknown>, boolean>();

/** Whether any step of the definition has a file field, at any depth (computed once per definition). */
function hasFileField(def: Assistant<unknown>): boolean {
  let has = fileFields.get(def);
  if (has === undefined) {
    const any = (fields: readonly FieldDef<unknown>[]): boolean =>
      fields.some((f) => f.type === 'file' || (f.type === 'group' && any(f.fields)));
    has = def.steps.some((s) => any(s.fields as readonly FieldDef<unknown>[]));
    fileFields.set(def, has);
  }
  return has;
}

const fail = (pointer: string, code: string, detail: string): SubmissionCheck => ({
  ok: false,
  errors: [{ pointer, code, detail }],
});

// ---- End-to-end encrypted envelopes (README, "End-to-end encryption") ------------------------

/**
 * An envelope sealed in the browser (src/transport/encrypt.ts): the routing metadata, the
 * attachments' list when there are files (their bytes are not encrypted yet), and `encrypted`, a
 * compact JWE of `data`, `computed` and `prefilled`.
 */
export const encryptedEnvelopeSchema = z.strictObject({
  id: envelopeSchema.shape.id,
  assistant: envelopeSchema.shape.assistant,
  municipality: envelopeSchema.shape.municipality,
  locale: envelopeSchema.shape.locale,
  submittedAt: envelopeSchema.shape.submittedAt,
  attachments: z.optional(z.array(attachmentSchema)),
  /** Compact JWE, `RSA-OAEP-256` + `A256GCM`, for the municipality's public key. */
  encrypted: z.string().check(z.minLength(1), z.maxLength(4 * 1024 * 1024)),
});

const B64URL = /^[A-Za-z0-9_-]*$/;
const JWE_HEADER_KEYS = new Set(['alg', 'enc', 'cty', 'kid']);
const RSA_BYTES = new Set([256, 384, 512]); // 2048, 3072, 4096 bits

/** Why a compact JWE is not one the Fachverfahren can decrypt (German), or undefined. */
export function jweProblem(jwe: string, kid?: string): string | undefined {
  const parts = jwe.split('.');
  if (parts.length !== 5 || !parts.every((p) => B64URL.test(p)))
    return '„encrypted“ ist kein JWE in kompakter Darstellung (fünf base64url-Teile, durch Punkte getrennt).';
  const [head, key, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (!header || typeof header !== 'object' || Array.isArray(header)) throw new Error();
  } catch {
    return 'Der Kopf des JWE ist kein JSON-Objekt.';
  }
  if (header.alg !== 'RSA-OAEP-256' || header.enc !== 'A256GCM')
    return 'Das JWE muss mit „alg“: „RSA-OAEP-256“ und „enc“: „A256GCM“ verschlüsselt sein.';
  const extra = Object.keys(header).filter((k) => !JWE_HEADER_KEYS.has(k));
  if (extra.length) return `Der Kopf des JWE enthält unzulässige Angaben: ${extra.join(', ')}.`;
  if (kid !== undefined && header.kid !== kid)
    return `Das JWE ist nicht für den Schlüssel „${kid}“ dieser Gemeinde verschlüsselt (kid: ${String(header.kid ?? 'fehlt')}). Die Seite muss den aktuellen öffentlichen Schlüssel verwenden.`;
  const bytes = (p: string) => Buffer.from(p, 'base64url').length;
  if (!RSA_BYTES.has(bytes(key)))
    return 'Der verschlüsselte Schlüssel des JWE hat nicht die Länge eines RSA-Schlüssels (2048, 3072 oder 4096 Bit).';
  if (bytes(iv) !== 12 || bytes(tag) !== 16 || !ciphertext)
    return 'Initialisierungsvektor, Prüfsumme oder Chiffretext des JWE fehlen oder haben die falsche Länge.';
  return undefined;
}

/** The `kid` of the municipality's key when its config names one as a JWK (a JWKS URL: none). */
const configuredKid = (key: unknown): string | undefined =>
  key && typeof key === 'object' && typeof (key as { kid?: unknown }).kid === 'string'
    ? (key as { kid: string }).kid
    : undefined;

/** The assistant and municipality of an envelope's metadata, or the error. */
function routeOf(
  meta: Pick<Envelope, 'assistant' | 'municipality'>,
  ctx: CheckContext,
): SubmissionCheck | { def: Assistant<unknown>; municipality: Municipality } {
  const { id } = meta.assistant;
  const def = Object.hasOwn(ctx.assistants, id) ? ctx.assistants[id] : undefined;
  if (!def)
    return fail(
      '/assistant/id',
      'unknown_assistant',
      `Den Assistenten „${id}“ kennt diese Datendrehscheibe nicht.`,
    );
  if (meta.assistant.schemaVersion !== def.schemaVersion)
    return fail(
      '/assistant/schemaVersion',
      'unsupported_schema_version',
      `Diese Datendrehscheibe nimmt „${id}“ nur in Schemaversion ${def.schemaVersion} an.`,
    );
  const { ags } = meta.municipality;
  const municipality = ctx.municipalities.get(ags);
  if (!municipality)
    return fail(
      '/municipality/ags',
      'unknown_municipality',
      `Für den Gemeindeschlüssel ${ags} ist keine Kommune eingerichtet.`,
    );
  if (!municipality.params.has(id))
    return fail(
      '/municipality/ags',
      'assistant_not_configured',
      `${municipality.config.municipality.name} bietet den Assistenten „${id}“ nicht an.`,
    );
  return { def, municipality };
}

/**
 * An encrypted envelope: the hub sees only its metadata and checks that (known assistant and
 * schema version, municipality, the JWE's form and algorithms, the key's `kid` when the
 * municipality's config names one, the attachments as uploads of this application). The answers
 * are checked by the Fachverfahren after decrypting; the stored envelope (with `encrypted`
 * instead of `data`) says so.
 */
function checkEncrypted(body: unknown, ctx: CheckContext): SubmissionCheck {
  const env = encryptedEnvelopeSchema.safeParse(body);
  if (!env.success)
    return { ok: false, errors: zodErrors(env.error.issues as ZodIssueLike[], '', 'de') };
  const envelope = env.data;
  const route = routeOf(envelope, ctx);
  if ('ok' in route) return route;
  const problem = jweProblem(
    envelope.encrypted,
    configuredKid(route.municipality.config.encryptionKey),
  );
  if (problem) return fail('/encrypted', 'invalid_jwe', problem);
  const files = (envelope.attachments ?? []).flatMap((a, i) => {
    const meta = ctx.uploadMeta?.(envelope.id, a.uploadId);
    return meta && meta.sha256 === a.sha256 && meta.size === a.size
      ? []
      : [
          {
            pointer: `/attachments/${i}`,
            code: 'unknown_upload',
            detail: ATTACHMENT_TEXT.unknown_upload(a.filename),
          },
        ];
  });
  if (files.length) return { ok: false, errors: files };
  return { ok: true, envelope, def: route.def };
}

export function checkSubmission(body: unknown, ctx: CheckContext): SubmissionCheck {
  if (body && typeof body === 'object' && Object.hasOwn(body, 'encrypted'))
    return checkEncrypted(body, ctx);
  // A well-formed envelope (the common case) is vouched for by the predicate derived from the
  // schema, without zod copying it; any other is zod's to parse, so its issues are zod's.
  const env = schemaAccepts(envelopeSchema, body)
    ? { success: true as const, data: body as Envelope }
    : envelopeSchema.safeParse(body);
  if (!env.success)
    return { ok: false, errors: zodErrors(env.error.issues as ZodIssueLike[], '', 'de') };
  const envelope = env.data;
  const lang = envelope.locale;

  const route = routeOf(envelope, ctx);
  if ('ok' in route) return route;
  const { def, municipality } = route;
  const { id } = envelope.assistant;
  // The municipality publishes a key: its applications arrive encrypted, never as plaintext.
  if (municipality.config.encryptionKey !== undefined)
    return fail(
      '/encrypted',
      'encryption_required',
      `${municipality.config.municipality.name} nimmt Anträge nur Ende-zu-Ende-verschlüsselt an. Die Seite muss den öffentlichen Schlüssel der Gemeinde verwenden (Konfiguration „encryptionKey“ oder Attribut „encryption-key“).`,
    );

  const payload = parsePayload(def, envelope.data);
  const params = municipality.params.get(id);
  let issues: Issue[];
  // The answers to visible questions (`pruneAnswers`), from the same walk as the issues.
  let asked: unknown;
  try {
    const checked = validateAndPrune(
      def,
      { answers: envelope.data, params, today: ctx.today },
      schemaAccepts,
    );
    issues = errorsOnly(checked.issues);
    asked = checked.data;
  } catch (e) {
    // Rules are written for answers of the right types; on a payload that already failed its
    // schema a throwing rule says nothing new. On a schema-valid payload it is a bug: 500.
    if (payload.success) throw e;
    issues = [];
  }
  // Only on well-formed data: unknown keys are zod's finding (`unrecognized_keys`), not this one.
  const notAsked = payload.success
    ? unasked(envelope.data, asked).map((p) => ({
        pointer: toPointer('/data', p),
        detail: genericText(lang, 'not_asked'),
        code: 'not_asked',
      }))
    : [];
  const files = payload.success ? attachmentErrors(envelope, def, ctx) : [];
  if (issues.length || !payload.success || notAsked.length || files.length) {
    // The very texts the citizen saw in the browser: municipality, assistant, shared UI texts.
    const tr = createTranslator(lang, [municipality.config.texts ?? {}, def.messages, uiMessages]);
    const detail = (i: Issue) => issueText(tr, i, fieldAt(def, i.key)?.type);
    const errors = issues.map((i) => ({
      pointer: toPointer('/data', i.path ? i.path.split('.') : []),
      detail: detail(i),
      code: i.code,
    }));
    errors.push(...notAsked);
    for (const e of files) if (!errors.some((x) => x.pointer === e.pointer)) errors.push(e);
    // The engine's finding at a field (e.g. `required`) says more than zod's (`invalid_type`).
    const seen = new Set(errors.map((e) => e.pointer));
    if (!payload.success)
      for (const e of zodErrors(payload.error.issues as ZodIssueLike[], '/data', lang))
        if (!seen.has(e.pointer)) errors.push(e);
    return { ok: false, errors };
  }
  return { ok: true, envelope, def };
}
