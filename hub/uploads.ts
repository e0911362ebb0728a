/**
 * Uploaded files (DESIGN.md transport contract step 1): stored before the envelope that names
 * them, one folder per application.
 *
 *   DATA_DIR/uploads/<applicationId>/<uploadId>        the bytes, as received
 *   DATA_DIR/uploads/<applicationId>/<uploadId>.json   `UploadMeta` (who, what, when)
 *   DATA_DIR/uploads/<applicationId>/accepted.json     written when the application is stored:
 *                                                      `{ reference, uploadIds }` it references
 *
 * The type is judged by the content (magic bytes, `file-type`), never by the name or the
 * browser's claim. Limits per municipality (config `uploads`): the accepted media types
 * (default PDF, JPEG, PNG), the size of one file (10 MB) and of all files of one application
 * (25 MB). Files no stored application references are deleted once older than 24 h
 * (`sweepUploads`, run by the hub at start and hourly). The files of a stored application stay:
 * the outbox and the sinks take them from here (`uploadFilePath`).
 *
 * An end-to-end encrypted file (README "End-to-end encryption": the browser sends a compact JWE,
 * part type `application/jose`) is stored as received, ciphertext only (`encrypted: true` in
 * its metadata). The hub cannot sniff its content, so it checks what it can see
 * (`jweInspector`): the JWE's form and algorithms, the key's `kid` where the municipality's
 * config names one, the declared type (`cty`) against the accepted types, and the size of the
 * file inside, which is exact (A256GCM's ciphertext is as long as the plaintext), against the
 * limits. `size` is then that plaintext size and `sha256` the hash of the stored JWE. The outbox
 * and the sinks hand it on as `<name>.jwe`; `npx komm-decrypt` gives back the file.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const DEFAULT_UPLOAD_TYPES: readonly string[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
];
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
export const DEFAULT_MAX_APPLICATION_SIZE = 25 * 1024 * 1024;
/** Age after which an upload no stored application references is deleted. */
export const DEFAULT_UPLOAD_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** What the hub keeps beside each file. */
export interface UploadMeta {
  uploadId: string;
  applicationId: string;
  assistant: string;
  ags: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** ISO time of the upload (the hub's clock). */
  createdAt: string;
  /**
   * The file is a compact JWE (end-to-end encrypted in the browser): `mediaType` is the type it
   * declares (`cty`), `size` the exact size of the file inside, `sha256` the stored JWE's hash.
   */
  encrypted?: true;
}

/** A municipality's upload limits (config `uploads`, each key optional). */
export interface UploadLimits {
  types: readonly string[];
  maxFileSize: number;
  maxApplicationSize: number;
}

export const limitsOf = (cfg?: {
  types?: readonly string[];
  maxFileSize?: number;
  maxApplicationSize?: number;
}): UploadLimits => ({
  types: cfg?.types?.length ? cfg.types : DEFAULT_UPLOAD_TYPES,
  maxFileSize: cfg?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  maxApplicationSize: cfg?.maxApplicationSize ?? DEFAULT_MAX_APPLICATION_SIZE,
});

/** An error the upload route answers as problem+json with `code`. */
export class UploadError extends Error {
  constructor(
    readonly status: 400 | 413 | 415 | 422,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** 413 for a file over `maxSize` bytes (plain or encrypted upload). */
const fileTooLarge = (maxSize: number) =>
  new UploadError(
    413,
    'file_too_large',
    `Die Datei ist größer als erlaubt (höchstens ${Math.floor(maxSize / 1048576)} MB). Verkleinern Sie die Datei oder wählen Sie eine andere.`,
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** Application and upload ids are UUIDs: never a path of their own (`..`, `/`). */
export const isUploadId = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);

export const uploadsDir = (dataDir: string) => join(dataDir, 'uploads');
const appDir = (dataDir: string, applicationId: string) =>
  join(uploadsDir(dataDir), applicationId.toLowerCase());

/**
 * The file of one upload of one application, or undefined when there is none (unknown ids, or
 * swept). The outbox and the sinks read attached files through this.
 */
export function uploadFilePath(
  dataDir: string,
  applicationId: string,
  uploadId: string,
): string | undefined {
  if (!isUploadId(applicationId) || !isUploadId(uploadId)) return undefined;
  const file = join(appDir(dataDir, applicationId), uploadId.toLowerCase());
  return existsSync(file) ? file : undefined;
}

/** The metadata of one upload of one application, or undefined. */
export function readUploadMeta(
  dataDir: string,
  applicationId: string,
  uploadId: string,
): UploadMeta | undefined {
  const file = uploadFilePath(dataDir, applicationId, uploadId);
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(`${file}.json`, 'utf8')) as UploadMeta;
  } catch {
    return undefined;
  }
}

/** Every upload of one application (metadata), in no particular order. */
export function listUploads(dataDir: string, applicationId: string): UploadMeta[] {
  const dir = appDir(dataDir, applicationId);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.json') && isUploadId(n.slice(0, -5)))
    .flatMap((n) => {
      try {
        return [JSON.parse(readFileSync(join(dir, n), 'utf8')) as UploadMeta];
      } catch {
        return [];
      }
    });
}

/** `beleg (1).pdf` stays; path separators, control characters and leading dots do not. */
export const safeFilename = (name: string): string =>
  name
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 200) || 'datei';

/**
 * Hashes and counts the bytes, holds back the first 4100 until the type is sniffed (then refuses
 * a type not in `types`), and refuses more than `maxSize` bytes as they pass.
 */
function inspector(types: readonly string[], maxSize: number) {
  const hash = createHash('sha256');
  const info = { size: 0, sha256: '', mediaType: '' };
  const held: Buffer[] = [];
  let heldLen = 0;
  let checked = false;
  const check = async (t: Transform) => {
    checked = true;
    // Loaded here: the writer thread imports this module for `copyAttachments` only.
    const { fileTypeFromBuffer } = await import('file-type');
    const type = await fileTypeFromBuffer(Buffer.concat(held, heldLen));
    if (!type || !types.includes(type.mime))
      throw new UploadError(
        415,
        'unsupported_file_type',
        `Dateien dieser Art (${type?.mime ?? 'unbekannt'}) werden nicht angenommen. Erlaubt sind: ${types.join(', ')}.`,
      );
    info.mediaType = type.mime;
    for (const c of held.splice(0)) t.push(c);
  };
  const tooLarge = () => fileTooLarge(maxSize);
  const stream = new Transform({
    async transform(chunk: Buffer, _enc, cb) {
      try {
        info.size += chunk.length;
        if (info.size > maxSize) throw tooLarge();
        hash.update(chunk);
        if (checked) return cb(null, chunk);
        held.push(chunk);
        heldLen += chunk.length;
        if (heldLen >= 4100) await check(this);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
    async flush(cb) {
      try {
        if (!checked) await check(this);
        info.sha256 = hash.digest('hex');
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
  return { stream, info, tooLarge };
}

/** The media type of a compact JWE (RFC 7516): an end-to-end encrypted upload's part type. */
export const JWE_MEDIA_TYPE = 'application/jose';

/** Longest accepted header, encrypted key, IV and tag segments (characters, base64url). */
const JWE_SEGMENT_MAX = [4096, 1024, 64, Infinity, 64];
const B64URL_BYTE = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
  B64URL_BYTE[c.charCodeAt(0)] = 1;
const DOT = 0x2e;

/** Bytes that `chars` base64url characters (unpadded) decode to. */
const b64urlBytes = (chars: number) => Math.floor((chars * 3) / 4);

/**
 * `inspector` for an end-to-end encrypted file (see the module comment): reads the compact JWE
 * as it passes (five base64url segments), refuses more ciphertext than `maxSize` bytes of
 * plaintext at once, and at the end checks the JWE's header with `problem` (validation.ts
 * `jweProblem`: form, algorithms, `kid`) and its `cty` against `types`.
 */
function jweInspector(
  types: readonly string[],
  maxSize: number,
  problem: (compact: string) => string | undefined,
) {
  const hash = createHash('sha256');
  const info = { size: 0, sha256: '', mediaType: '' };
  const kept: string[] = ['', '', '', '', ''];
  const lengths = [0, 0, 0, 0, 0];
  let segment = 0;
  const invalid = (why: string) => new UploadError(422, 'invalid_jwe', why);
  const notJwe = () =>
    invalid(
      'Die Datei ist kein JWE in kompakter Darstellung (fünf base64url-Teile, durch Punkte getrennt). Verschlüsselte Dateien lädt der Assistent selbst hoch; laden Sie die Seite neu und wählen Sie die Datei erneut.',
    );
  const tooLarge = () => fileTooLarge(maxSize);
  const stream = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      try {
        let from = 0;
        for (let i = 0; i <= chunk.length; i++) {
          if (i < chunk.length && chunk[i] !== DOT) {
            if (!B64URL_BYTE[chunk[i]!]) throw notJwe();
            continue;
          }
          // The end of this chunk or of a segment: count (and keep, but the ciphertext) its part.
          const n = i - from;
          lengths[segment]! += n;
          if (lengths[segment]! > JWE_SEGMENT_MAX[segment]!) throw notJwe();
          if (segment !== 3) kept[segment] += chunk.toString('latin1', from, i);
          else if (b64urlBytes(lengths[3]!) > maxSize) throw tooLarge();
          if (i < chunk.length && ++segment > 4) throw notJwe();
          from = i + 1;
        }
        hash.update(chunk);
        cb(null, chunk);
      } catch (e) {
        cb(e as Error);
      }
    },
    flush(cb) {
      try {
        if (segment !== 4 || !lengths[3] || lengths[3] % 4 === 1) throw notJwe();
        const why = problem(kept.map((p, i) => (i === 3 ? 'AA' : p)).join('.'));
        if (why) throw invalid(why);
        const header = JSON.parse(Buffer.from(kept[0]!, 'base64url').toString('utf8')) as {
          cty?: unknown;
        };
        if (typeof header.cty !== 'string' || !types.includes(header.cty))
          throw new UploadError(
            415,
            'unsupported_file_type',
            `Dateien dieser Art (${typeof header.cty === 'string' ? header.cty : 'unbekannt'}) werden nicht angenommen. Erlaubt sind: ${types.join(', ')}.`,
          );
        info.mediaType = header.cty;
        info.size = b64urlBytes(lengths[3]!);
        info.sha256 = hash.digest('hex');
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
  return { stream, info, tooLarge };
}

export interface ReceiveInput {
  dataDir: string;
  applicationId: string;
  assistant: string;
  ags: string;
  filename: string;
  file: Readable & { truncated?: boolean };
  limits: UploadLimits;
  now: Date;
  /**
   * The file is a compact JWE (part type `application/jose`): checked by `jweInspector`, whose
   * header check this is (validation.ts `jweProblem` with the municipality's `kid`).
   */
  encrypted?: { problem: (compact: string) => string | undefined };
}

/**
 * Stores one file: streamed to a temporary file while it is inspected, then checked against the
 * application's total and renamed into place with its metadata. Throws `UploadError` (nothing
 * kept) for a refused type or size.
 */
export async function receiveUpload(input: ReceiveInput): Promise<UploadMeta> {
  const { dataDir, applicationId, limits } = input;
  const dir = appDir(dataDir, applicationId);
  mkdirSync(dir, { recursive: true });
  const uploadId = randomUUID();
  const tmp = join(dir, `.${uploadId}.part`);
  const { stream, info, tooLarge } = input.encrypted
    ? jweInspector(limits.types, limits.maxFileSize, input.encrypted.problem)
    : inspector(limits.types, limits.maxFileSize);
  try {
    await pipeline(input.file, stream, createWriteStream(tmp, { flags: 'wx' }));
    // The multipart parser's own limit ends the stream early without an error (TOOLCHAIN).
    if (input.file.truncated) throw tooLarge();
    // Synchronous from here: two uploads of one application cannot both pass the total.
    const others = listUploads(dataDir, applicationId).reduce((n, m) => n + m.size, 0);
    if (others + info.size > limits.maxApplicationSize)
      throw new UploadError(
        413,
        'application_too_large',
        `Alle Dateien dieses Antrags zusammen dürfen höchstens ${Math.floor(limits.maxApplicationSize / 1048576)} MB groß sein. Entfernen oder verkleinern Sie eine Datei.`,
      );
    const meta: UploadMeta = {
      uploadId,
      applicationId: applicationId.toLowerCase(),
      assistant: input.assistant,
      ags: input.ags,
      filename: safeFilename(input.filename),
      mediaType: info.mediaType,
      size: info.size,
      sha256: info.sha256,
      createdAt: input.now.toISOString(),
      ...(input.encrypted ? { encrypted: true as const } : {}),
    };
    const file = join(dir, uploadId);
    writeFileSync(`${file}.json`, `${JSON.stringify(meta)}\n`);
    renameSync(tmp, file);
    return meta;
  } catch (e) {
    rmSync(tmp, { force: true });
    input.file.resume(); // drain the rest of a refused file, so the answer can leave
    throw e;
  }
}

/**
 * Records which uploads a stored application references (called once it is stored): those stay,
 * its other uploads are swept like any unreferenced one.
 */
export function markAccepted(
  dataDir: string,
  applicationId: string,
  reference: string,
  uploadIds: readonly string[],
): void {
  const dir = appDir(dataDir, applicationId);
  if (!existsSync(dir)) return;
  writeFileSync(join(dir, 'accepted.json'), `${JSON.stringify({ reference, uploadIds })}\n`);
}

/**
 * Deletes every upload older than `maxAgeMs` that no stored application references. An
 * application stored without `accepted.json` (the hub stopped in between) keeps all its files.
 * Returns the number of files deleted.
 */
export function sweepUploads(
  dataDir: string,
  options: { now: Date; maxAgeMs?: number; isStored: (applicationId: string) => boolean },
): number {
  const root = uploadsDir(dataDir);
  const cutoff = options.now.getTime() - (options.maxAgeMs ?? DEFAULT_UPLOAD_MAX_AGE_MS);
  let removed = 0;
  let apps: string[];
  try {
    apps = readdirSync(root);
  } catch {
    return 0;
  }
  for (const app of apps) {
    if (!isUploadId(app)) continue;
    const dir = join(root, app);
    let keep: Set<string> | undefined;
    try {
      keep = new Set(
        (JSON.parse(readFileSync(join(dir, 'accepted.json'), 'utf8')) as { uploadIds: string[] })
          .uploadIds,
      );
    } catch {
      if (options.isStored(app)) continue;
    }
    const names = readdirSync(dir);
    const ids = new Set(names.map((n) => n.replace(/^\./, '').slice(0, 36)).filter(isUploadId));
    for (const id of ids) {
      if (keep?.has(id)) continue;
      const paths = [id, `${id}.json`, `.${id}.part`].map((n) => join(dir, n));
      if (createdAt(paths) > cutoff) continue;
      if (existsSync(paths[0]!)) removed++;
      for (const p of paths) rmSync(p, { force: true });
    }
    if (!keep && readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
  }
  return removed;
}

/**
 * When an upload was made: by the hub's clock (`createdAt`, so an injected clock sweeps what it
 * made), else (no metadata: an interrupted upload) the file's modification time.
 */
function createdAt([file, meta, part]: string[]): number {
  try {
    return Date.parse((JSON.parse(readFileSync(meta!, 'utf8')) as UploadMeta).createdAt);
  } catch {
    for (const p of [file!, part!]) if (existsSync(p)) return statSync(p).mtimeMs;
    return 0;
  }
}

/**
 * The name an attached file is handed on under: `<n>-<filename>` (n = its 1-based position in
 * `attachments[]`), with `.jwe` added when it is end-to-end encrypted (the outbox, the sinks).
 */
export const attachmentName = (n: number, filename: string, encrypted?: boolean): string =>
  `${n}-${safeFilename(filename)}${encrypted ? '.jwe' : ''}`;

/**
 * The outbox's copy of an application's files: `<dir>` gets each attachment as
 * `<n>-<filename>` (`attachmentName`: `.jwe` added to an encrypted one), hard-linked where the file
 * system allows, else copied. Written into a temporary folder and renamed, so a reader never
 * sees half of them. Returns the files written.
 */
export function copyAttachments(
  dataDir: string,
  applicationId: string,
  attachments: readonly { uploadId: string; filename: string }[],
  dir: string,
): string[] {
  if (!attachments.length) return [];
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const names: string[] = [];
  try {
    attachments.forEach((a, i) => {
      const from = uploadFilePath(dataDir, applicationId, a.uploadId);
      if (!from) throw new Error(`upload ${a.uploadId} of ${applicationId} is missing`);
      const name = attachmentName(
        i + 1,
        a.filename,
        readUploadMeta(dataDir, applicationId, a.uploadId)?.encrypted,
      );
      try {
        linkSync(from, join(tmp, name));
      } catch {
        copyFileSync(from, join(tmp, name));
      }
      names.push(name);
    });
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return names.map((n) => join(dir, n));
}
