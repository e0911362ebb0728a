/**
 * `POST /uploads` (DESIGN.md transport contract step 1): one file per request,
 * `multipart/form-data` with the fields `assistant`, `ags` and `applicationId` (the envelope id,
 * a UUID) before the file in part `file`. Answers `201 { uploadId, sha256, size, mediaType,
 * filename }`; refusals are problem+json with a `code`: 400 (`invalid_upload_request`: a field
 * missing or wrong, no file), 415 (`unsupported_file_type`: the content is no accepted type),
 * 413 (`file_too_large`, `application_too_large`). Nothing refused is kept. Storage, limits and
 * the sweep of unreferenced files: ../uploads.ts.
 *
 * End-to-end encrypted (README "End-to-end encryption"): the part `file` is a compact JWE with
 * the type `application/jose` (the file's own type is its `cty`); the answer then also says
 * `encrypted: true`. A JWE the Fachverfahren could not decrypt is refused with 422 `invalid_jwe`;
 * a municipality whose config has `encryptionKey` refuses any other file with 422
 * `encryption_required` (as it refuses plaintext applications).
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Assistant } from '../../src/engine/define-assistant.js';
import type { Municipality } from '../configs.js';
import { PROBLEM_BASE, PROBLEM_TYPES, type ProblemType } from '../problem.js';
import { isUploadId, JWE_MEDIA_TYPE, limitsOf, receiveUpload, UploadError } from '../uploads.js';
import { jweProblem } from '../validation.js';

export interface UploadDeps {
  dataDir: string;
  assistants: Readonly<Record<string, Assistant<unknown>>>;
  municipalities: ReadonlyMap<string, Municipality>;
  now: () => Date;
}

const TYPE_OF_STATUS: Record<number, ProblemType> = {
  400: 'malformed',
  413: 'too-large',
  415: 'unsupported-media-type',
  422: 'validation',
};

/** The `kid` of the municipality's key when its config names one as a JWK (a JWKS URL: none). */
const configuredKid = (key: unknown): string | undefined =>
  key && typeof key === 'object' && typeof (key as { kid?: unknown }).kid === 'string'
    ? (key as { kid: string }).kid
    : undefined;

function sendUploadProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: 400 | 413 | 415 | 422,
  code: string,
  detail: string,
) {
  const type = TYPE_OF_STATUS[status]!;
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: PROBLEM_BASE + type,
      title: PROBLEM_TYPES[type].title,
      status,
      detail,
      code,
      requestId: request.id,
    });
}

const bad = (message: string) => new UploadError(400, 'invalid_upload_request', message);

export async function uploadRoutes(app: FastifyInstance, deps: UploadDeps): Promise<void> {
  const largest = Math.max(
    limitsOf().maxFileSize,
    ...[...deps.municipalities.values()].map((m) => limitsOf(m.config.uploads).maxFileSize),
  );
  // This scope only: the submissions' JSON parsers stay as they are.
  await app.register(multipart, {
    // One byte more than any municipality allows, so "too large" is seen, not silently cut.
    // An encrypted file is a JWE: base64url (4 characters for 3 bytes) and its header, key, IV
    // and tag (at most about 5 KB); the file inside is held to the limit exactly (uploads.ts).
    limits: {
      fileSize: Math.ceil(((largest + 1) * 4) / 3) + 8192,
      files: 1,
      fields: 10,
      fieldSize: 1024,
      parts: 12,
    },
  });

  app.post('/uploads', async (request, reply) => {
    // Without a boundary the multipart parser throws (it would be a 500).
    if (!request.isMultipart() || !/;\s*boundary=/i.test(request.headers['content-type'] ?? ''))
      return sendUploadProblem(
        request,
        reply,
        400,
        'invalid_upload_request',
        'Dateien werden nur als multipart/form-data angenommen (Feld „file“ mit der Datei).',
      );
    const fields: Record<string, string> = {};
    try {
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          fields[part.fieldname] = String(part.value);
          continue;
        }
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw bad(
            `Unbekanntes Dateifeld „${part.fieldname}“: die Datei gehört in das Feld „file“.`,
          );
        }
        const { assistant, ags, applicationId } = fields;
        const missing = (['assistant', 'ags', 'applicationId'] as const).filter((k) => !fields[k]);
        if (missing.length) {
          part.file.resume();
          throw bad(
            `Es fehlt: ${missing.map((k) => `„${k}“`).join(', ')}. Senden Sie diese Felder vor der Datei.`,
          );
        }
        if (!isUploadId(applicationId)) {
          part.file.resume();
          throw bad('„applicationId“ muss die id des Antrags sein (eine UUID).');
        }
        const municipality = deps.municipalities.get(ags!);
        if (!municipality || !municipality.params.has(assistant!)) {
          part.file.resume();
          throw bad(
            municipality
              ? `${municipality.config.municipality.name} bietet den Assistenten „${assistant}“ nicht an.`
              : `Für den Gemeindeschlüssel ${ags} ist keine Kommune eingerichtet.`,
          );
        }
        const encrypted = part.mimetype === JWE_MEDIA_TYPE;
        const { encryptionKey } = municipality.config;
        if (!encrypted && encryptionKey !== undefined) {
          part.file.resume();
          throw new UploadError(
            422,
            'encryption_required',
            `${municipality.config.municipality.name} nimmt Dateien nur Ende-zu-Ende-verschlüsselt an (als JWE, Typ ${JWE_MEDIA_TYPE}). Die Seite muss den öffentlichen Schlüssel der Gemeinde verwenden (Konfiguration „encryptionKey“ oder Attribut „encryption-key“).`,
          );
        }
        const kid = configuredKid(encryptionKey);
        const meta = await receiveUpload({
          dataDir: deps.dataDir,
          applicationId: applicationId!,
          assistant: assistant!,
          ags: ags!,
          filename: part.filename || 'datei',
          file: part.file,
          limits: limitsOf(municipality.config.uploads),
          now: deps.now(),
          ...(encrypted ? { encrypted: { problem: (jwe: string) => jweProblem(jwe, kid) } } : {}),
        });
        request.log.info(
          {
            uploadId: meta.uploadId,
            size: meta.size,
            mediaType: meta.mediaType,
            ...(meta.encrypted ? { encrypted: true } : {}),
          },
          'upload stored',
        );
        const { uploadId, sha256, size, mediaType, filename } = meta;
        return reply.code(201).send({
          uploadId,
          sha256,
          size,
          mediaType,
          filename,
          ...(meta.encrypted ? { encrypted: true } : {}),
        });
      }
    } catch (e) {
      if (e instanceof UploadError)
        return sendUploadProblem(request, reply, e.status, e.code, e.message);
      const code = (e as { code?: string }).code ?? '';
      if (code.startsWith('FST_'))
        return sendUploadProblem(
          request,
          reply,
          400,
          'invalid_upload_request',
          'Die Anfrage ist kein gültiges multipart/form-data mit einer Datei im Feld „file“.',
        );
      throw e;
    }
    return sendUploadProblem(
      request,
      reply,
      400,
      'invalid_upload_request',
      'Die Anfrage enthält keine Datei (Feld „file“).',
    );
  });
}
