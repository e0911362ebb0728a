/**
 * The contract files: the JSON Schema (2020-12) of each assistant's `data`, made from the same
 * zod schema the hub validates with, and the OpenAPI 3.1 document of the hub's routes.
 */
import type { Assistant } from '../src/engine/define-assistant.js';
import { z } from '../src/engine/zod.js';
import { envelopeSchema } from '../src/transport/envelope-schema.js';
import { encryptedEnvelopeSchema } from './validation.js';
import { PROBLEM_BASE } from './problem.js';
import { ASSIGNMENT_CODE_ALPHABET, ASSIGNMENT_CODE_LENGTH } from './assignment-code.js';
import { payloadSchemaOf } from '../src/engine/payload-schema.js';
import { USAGE_CSV_COLUMNS } from './usage.js';

export const SCHEMA_BASE = 'https://komm-assistenten.de/schemas/';

type JsonSchema = Record<string, unknown>;

/** JSON Schema of an assistant's `data`. */
export function dataJsonSchema(def: Assistant<unknown>): JsonSchema {
  const schema = z.toJSONSchema(payloadSchemaOf(def), { unrepresentable: 'any' }) as JsonSchema;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: `${SCHEMA_BASE}${def.id}.schema.json`,
    title: `${def.id} data (schemaVersion ${def.schemaVersion})`,
    ...rest,
  };
}

const withoutDialect = ({ $schema: _dialect, ...rest }: JsonSchema): JsonSchema => rest;

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

/** A problem+json response (RFC 9457); `ref` names a more specific schema than `Problem`. */
export const problem = (description: string, ref = '#/components/schemas/Problem') => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: ref } } },
});

/** The problems any operation can answer: rate limit and internal error. */
const commonProblems = {
  '429': problem('Zu viele Anfragen; `Retry-After` nennt die Wartezeit in Sekunden.'),
  '500': problem('Interner Fehler.'),
};

/** An operation as written in `paths` below, before `publicOperation`/`adminOperation`. */
export interface OperationSpec {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: JsonSchema[];
  requestBody?: JsonSchema;
  /** The operation's own responses; the common problems are added. */
  responses: Record<string, unknown>;
}

/** A public operation (no authentication: `security: []`), with 429 and 500 added. */
export const publicOperation = (op: OperationSpec) => ({
  ...op,
  security: [],
  responses: { ...op.responses, ...commonProblems },
});

/**
 * An operator operation (bearer `HUB_ADMIN_TOKEN`), with 401, 429 and 500 added. Without a
 * token configured these routes do not exist (404).
 */
export const adminOperation = (op: Omit<OperationSpec, 'tags'>) => ({
  ...op,
  tags: ['admin'],
  security: [{ adminToken: [] }],
  responses: {
    ...op.responses,
    '401': problem('Token missing or wrong (`WWW-Authenticate: Bearer`).'),
    ...commonProblems,
  },
});

/** A path parameter holding a reference such as `HST-2026-000001`. */
const referenceParameter = {
  name: 'reference',
  in: 'path',
  required: true,
  description: 'The reference of the receipt, e.g. `HST-2026-000001`.',
  schema: { type: 'string' },
};

/** OpenAPI 3.1 document; `basePath` is where the routes are mounted (e.g. `/api/v1`). */
export function openApiDocument(
  assistants: Readonly<Record<string, Assistant<unknown>>>,
  basePath: string,
): JsonSchema {
  const ids = Object.keys(assistants).sort();
  const dataSchemas = Object.fromEntries(
    ids.map((id) => [`data.${id}`, withoutDialect(dataJsonSchema(assistants[id]!))]),
  );
  const envelope = withoutDialect(
    z.toJSONSchema(envelopeSchema, { unrepresentable: 'any' }) as JsonSchema,
  );
  const envelopeProps = envelope.properties as Record<string, JsonSchema>;
  // Plain patterns in the schema (bundle size, see envelope-schema.ts); the contract names them.
  envelopeProps.id = { ...envelopeProps.id, format: 'uuid' };
  envelopeProps.submittedAt = { ...envelopeProps.submittedAt, format: 'date-time' };
  envelopeProps.data = {
    description:
      "The answers; validated against the assistant's schema (`GET /schemas/{assistant.id}`).",
    ...(ids.length
      ? { anyOf: ids.map((id) => ({ $ref: `#/components/schemas/data.${id}` })) }
      : envelopeProps.data),
  };
  // End-to-end encrypted (README "End-to-end encryption"): the metadata, `encrypted` instead of
  // `data`, `computed` and `prefilled`.
  const encrypted = withoutDialect(
    z.toJSONSchema(encryptedEnvelopeSchema, { unrepresentable: 'any' }) as JsonSchema,
  );
  const encryptedProps = encrypted.properties as Record<string, JsonSchema>;
  encryptedProps.id = { ...encryptedProps.id, format: 'uuid' };
  encryptedProps.submittedAt = { ...encryptedProps.submittedAt, format: 'date-time' };
  encryptedProps.encrypted = {
    ...encryptedProps.encrypted,
    description:
      "Compact JWE (RFC 7516) of `{ data, computed, prefilled }` for the municipality's public key: protected header `alg` RSA-OAEP-256, `enc` A256GCM, `cty` application/json and the key's `kid` (no other header). The hub checks its form, algorithms and, where the municipality's config names a key, the `kid`; it cannot read or validate the answers. Decrypt with `npx komm-decrypt --key private.jwk FILE`.",
    pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
  };
  encrypted.description =
    'An application whose answers were encrypted in the browser. `attachments` lists the uploaded files when there are any (the element uploads their bytes as JWE too). A municipality whose config has `encryptionKey` accepts only this form (422 `encryption_required` for plaintext).';
  const envelopes = {
    oneOf: [
      { $ref: '#/components/schemas/Envelope' },
      { $ref: '#/components/schemas/EncryptedEnvelope' },
    ],
  };
  const receipt = { $ref: '#/components/schemas/Receipt' };
  const location = { Location: { description: 'URL of the receipt', schema: { type: 'string' } } };

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'komm-assistenten reference data hub',
      version: '1.0.0',
      description: `Submissions from the komm-assistenten online application assistants. Every error is \`application/problem+json\` (RFC 9457) with a \`type\` under ${PROBLEM_BASE} and a \`requestId\`. The routes tagged \`admin\` are for the hub operator and the municipality's IT, not for citizens: they exist only when the hub has \`HUB_ADMIN_TOKEN\` and need it as a bearer token.`,
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: basePath }],
    tags: [
      { name: 'submissions', description: 'Applications from the assistants.' },
      { name: 'payments', description: 'Fees paid online after submitting.' },
      { name: 'lookups', description: 'Suggestions and register queries while filling in.' },
      { name: 'contract', description: 'This document and the JSON Schemas of the data.' },
      { name: 'operations', description: 'Liveness for monitoring.' },
      {
        name: 'admin',
        description:
          'Operator API: deliveries, stored applications, usage for billing (bearer `HUB_ADMIN_TOKEN`).',
      },
    ],
    security: [],
    paths: {
      '/submissions': {
        post: publicOperation({
          operationId: 'submit',
          summary: 'Submit one application (idempotent by `Idempotency-Key`).',
          tags: ['submissions'],
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description: 'The envelope `id`; reuse it on every retry.',
              schema: { type: 'string', format: 'uuid' },
            },
          ],
          requestBody: { required: true, content: json(envelopes) },
          responses: {
            '201': { description: 'Stored.', headers: location, content: json(receipt) },
            '200': {
              description: 'The same key and body again: the first answer, nothing stored twice.',
              headers: location,
              content: json(receipt),
            },
            '400': problem(
              'Malformed: bad JSON, prototype keys, missing `Idempotency-Key` or one that differs from `id`.',
            ),
            '409': problem('The first request with this key is still being processed; retry.'),
            '413': problem('Body too large.'),
            '415': problem('Not `application/json`.'),
            '422': problem(
              'Invalid (`validation`, with `errors`; an attachment that is no upload of this application or differs in `sha256`/`size`: `unknown_upload` at `/attachments/<i>` and its field) or the key was used for another body (`idempotency-mismatch`).',
              '#/components/schemas/ValidationProblem',
            ),
          },
        }),
      },
      '/uploads': {
        post: publicOperation({
          operationId: 'upload',
          summary: 'Upload one file before the envelope that names it in `attachments[]`.',
          description:
            "The type is judged by the content, not the name: PDF, JPEG, PNG unless the municipality configures others (`uploads.types`); at most 10 MB a file and 25 MB an application unless configured (`uploads.maxFileSize`, `uploads.maxApplicationSize`). Files no stored application references are deleted after 24 h. Refusals carry a `code`. End-to-end encrypted (the municipality publishes `encryptionKey`): the part `file` has the type `application/jose` and is a compact JWE (RSA-OAEP-256 + A256GCM, `cty` = the file's type) of the file's bytes; the hub stores and forwards only that (as `<name>.jwe`), checks the JWE's form and `kid` (422 `invalid_jwe`), the declared `cty` against the accepted types (415) and the exact size of the file inside against the limits (413); a municipality with `encryptionKey` refuses any other file (422 `encryption_required`).",
          tags: ['submissions'],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    assistant: { type: 'string', description: 'Assistant id.' },
                    ags: { type: 'string', pattern: '^\\d{8}$' },
                    applicationId: {
                      type: 'string',
                      format: 'uuid',
                      description: 'The envelope `id` the file belongs to.',
                    },
                    file: { type: 'string', contentMediaType: 'application/octet-stream' },
                  },
                  required: ['assistant', 'ags', 'applicationId', 'file'],
                },
                encoding: { file: { contentType: 'application/pdf, image/jpeg, image/png' } },
              },
            },
          },
          responses: {
            '201': {
              description: 'Stored; put these values (and the field) into `attachments[]`.',
              content: json({
                type: 'object',
                properties: {
                  uploadId: { type: 'string', format: 'uuid' },
                  sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
                  size: { type: 'integer', minimum: 0 },
                  mediaType: { type: 'string' },
                  filename: { type: 'string' },
                  encrypted: {
                    type: 'boolean',
                    const: true,
                    description:
                      'The file is a JWE: `size` is the size of the file inside, `sha256` the hash of the stored JWE, `mediaType` its declared `cty`.',
                  },
                },
                required: ['uploadId', 'sha256', 'size', 'mediaType', 'filename'],
              }),
            },
            '400': problem(
              '`invalid_upload_request`: a field missing or wrong (the fields come before the file), no file, or not multipart.',
            ),
            '413': problem('`file_too_large` or `application_too_large`; nothing kept.'),
            '415': problem(
              '`unsupported_file_type`: the content is no accepted type; nothing kept.',
            ),
            '422': problem(
              '`invalid_jwe`: an encrypted file the Fachverfahren could not decrypt; `encryption_required`: a plaintext file where the municipality publishes a key. Nothing kept.',
            ),
          },
        }),
      },
      '/submissions/{reference}': {
        get: publicOperation({
          operationId: 'receipt',
          summary: 'The receipt of a stored submission.',
          tags: ['submissions'],
          parameters: [referenceParameter],
          responses: {
            '200': { description: 'Receipt.', content: json(receipt) },
            '404': problem('Unknown reference.'),
          },
        }),
      },
      '/payments/{reference}': {
        get: publicOperation({
          operationId: 'payment',
          summary: 'The payment of a fee-bearing application.',
          tags: ['payments'],
          parameters: [referenceParameter],
          responses: {
            '200': {
              description: 'Its state.',
              content: json({
                type: 'object',
                properties: {
                  reference: { type: 'string' },
                  status: { enum: ['open', 'paid', 'failed'] },
                  amount: { type: 'number' },
                  currency: { type: 'string' },
                  url: { type: 'string', format: 'uri' },
                  createdAt: { type: 'string', format: 'date-time' },
                  updatedAt: { type: 'string', format: 'date-time' },
                  transactionId: { type: 'string' },
                },
                required: ['reference', 'status', 'amount', 'currency', 'url'],
              }),
            },
            '404': problem('No payment for this reference.'),
          },
        }),
      },
      '/payments/{reference}/notify': {
        post: publicOperation({
          operationId: 'paymentNotify',
          summary:
            "The payment platform's result. `paid` is final; the same notification again changes nothing.",
          description:
            'Not for browsers: authenticated by the `X-Signature` HMAC of the body, not by a token.',
          tags: ['payments'],
          parameters: [
            referenceParameter,
            {
              name: 'X-Signature',
              in: 'header',
              required: true,
              description: '`sha256=<hex HMAC-SHA256 of the raw body with PAYMENT_NOTIFY_SECRET>`',
              schema: { type: 'string', pattern: '^sha256=[0-9a-f]{64}$' },
            },
          ],
          requestBody: {
            required: true,
            content: json({
              type: 'object',
              properties: {
                status: { enum: ['paid', 'failed'] },
                amount: { type: 'number' },
                currency: { type: 'string' },
                transactionId: { type: 'string' },
              },
              required: ['status', 'amount', 'currency', 'transactionId'],
            }),
          },
          responses: {
            '200': {
              description: 'Recorded (`changed: false` for a repeat or after `paid`).',
              content: json({
                type: 'object',
                properties: {
                  reference: { type: 'string' },
                  status: { enum: ['open', 'paid', 'failed'] },
                  changed: { type: 'boolean' },
                },
                required: ['reference', 'status', 'changed'],
              }),
            },
            '400': problem('Not a notification (status, amount, currency, transactionId).'),
            '401': problem('Signature missing or wrong; nothing changed.'),
            '404': problem('No payment for this reference.'),
            '422': problem('Amount or currency differ from the payment; nothing changed.'),
          },
        }),
      },
      '/lookups/{name}': {
        post: publicOperation({
          operationId: 'lookup',
          summary:
            'Suggestions and register queries for the assistants (at most 20 items, best first).',
          description:
            '`wz2008`: WZ 2008 classes and subclasses by words (case- and umlaut-insensitive, word starts; subclasses first) or by code (`47.11`, `4711`). `registergerichte`: the register courts, Saxony first (`value` = XJustiz court code). `register`: `{ q: register number, type?, court }` -> the registered name and legal form (items `registeredName`, `legalForm`, `legalFormName`), no items when not found. `strassen`: the streets of the municipality `ags` from its config. POST keeps what people type out of URLs.',
          tags: ['lookups'],
          parameters: [
            {
              name: 'name',
              in: 'path',
              required: true,
              description: 'The lookup.',
              schema: {
                type: 'string',
                enum: ['wz2008', 'registergerichte', 'register', 'strassen'],
              },
            },
          ],
          requestBody: {
            required: true,
            content: json({
              type: 'object',
              properties: {
                q: { type: 'string', maxLength: 200, description: 'What the person typed.' },
                ags: { type: 'string', pattern: '^\\d{8}$', description: 'The municipality.' },
                level: {
                  enum: ['class', 'subclass'],
                  description: '`wz2008` only: keep to classes or to subclasses (default both).',
                },
                type: {
                  enum: ['HRA', 'HRB', 'GnR', 'GsR', 'PR', 'VR'],
                  description: '`register` only; else taken from the start of `q`.',
                },
                court: {
                  type: 'string',
                  description: '`register` only (required there): court code or name.',
                },
              },
              required: ['q'],
            }),
          },
          responses: {
            '200': {
              description: 'The items (possibly none).',
              content: json({
                type: 'object',
                properties: {
                  items: {
                    type: 'array',
                    maxItems: 20,
                    items: {
                      type: 'object',
                      properties: {
                        value: { type: 'string', description: 'What a field stores.' },
                        label: { type: 'string', description: 'What a person reads.' },
                      },
                      required: ['value', 'label'],
                      additionalProperties: true,
                    },
                  },
                },
                required: ['items'],
              }),
            },
            '400': problem('Not `{ q, ags }` (or what the lookup needs besides).'),
            '404': problem(
              'Unknown lookup, or `register` on a hub without a register source; the detail names the ones offered.',
            ),
          },
        }),
      },
      '/schemas/{assistant}': {
        get: publicOperation({
          operationId: 'dataSchema',
          summary: "JSON Schema 2020-12 of an assistant's `data`.",
          tags: ['contract'],
          parameters: [
            {
              name: 'assistant',
              in: 'path',
              required: true,
              description: 'The assistant id, e.g. `hundesteuer`.',
              schema: { type: 'string', enum: ids },
            },
          ],
          responses: {
            '200': {
              description: 'The schema.',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
            '404': problem('Unknown assistant.'),
          },
        }),
      },
      '/openapi.json': {
        get: publicOperation({
          operationId: 'openapi',
          summary: 'This document.',
          tags: ['contract'],
          // 429 and 500 come with publicOperation: the document is rate-limited like the rest.
          responses: { '200': { description: 'OpenAPI 3.1.', content: json({ type: 'object' }) } },
        }),
      },
      '/health': {
        get: publicOperation({
          operationId: 'health',
          summary:
            'Health (not rate-limited; for monitoring, load balancers and the Docker HEALTHCHECK).',
          description:
            'Checks that DATA_DIR can be written and that the store answers (`SELECT 1`, at most 2 s), and names the store.',
          tags: ['operations'],
          responses: {
            '200': {
              description: 'Up: applications are taken.',
              content: json({
                type: 'object',
                properties: { status: { const: 'ok' }, store: { enum: ['sqlite', 'postgresql'] } },
                required: ['status', 'store'],
              }),
            },
            '503': {
              description:
                'Degraded: the hub runs but cannot take applications now (DATA_DIR full or read-only: `Retry-After: 30`; the database does not answer: `Retry-After: 2`). `detail` says what to do.',
              content: {
                'application/problem+json': {
                  schema: {
                    allOf: [
                      { $ref: '#/components/schemas/Problem' },
                      {
                        type: 'object',
                        properties: {
                          health: { const: 'degraded' },
                          store: { enum: ['sqlite', 'postgresql'] },
                        },
                        required: ['health', 'store'],
                      },
                    ],
                  },
                },
              },
            },
            '4XX': {
              description:
                "A request the HTTP server cannot read (400, 431 headers too large): answered by Node's HTTP server before the hub, without a problem body.",
            },
          },
        }),
      },
      '/admin/deliveries': {
        get: adminOperation({
          operationId: 'adminListDeliveries',
          summary: 'Deliveries of accepted applications to the sinks of their flow.',
          parameters: [
            {
              name: 'status',
              in: 'query',
              description: 'Only deliveries in this state.',
              schema: { enum: ['pending', 'delivered', 'dead'] },
            },
            {
              name: 'ags',
              in: 'query',
              description: 'Only this municipality (Amtlicher Gemeindeschlüssel).',
              schema: { type: 'string' },
            },
            {
              name: 'assistant',
              in: 'query',
              description: 'Only this assistant id.',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'Newest first, at most 1000.',
              content: json({
                type: 'object',
                properties: {
                  items: { type: 'array', items: { $ref: '#/components/schemas/Delivery' } },
                },
                required: ['items'],
              }),
            },
            '400': problem('Unknown status.'),
          },
        }),
      },
      '/admin/deliveries/{id}/retry': {
        post: adminOperation({
          operationId: 'adminRetryDelivery',
          summary:
            'A dead delivery back to pending (attempts from 0 again); the worker tries it at once.',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              description: 'The delivery id (`Delivery.id`).',
              schema: { type: 'integer' },
            },
          ],
          responses: {
            '202': {
              description: 'Pending again.',
              content: json({
                type: 'object',
                properties: { id: { type: 'integer' }, status: { const: 'pending' } },
                required: ['id', 'status'],
              }),
            },
            '404': problem('No such delivery.'),
            '409': problem('The delivery is not dead.'),
          },
        }),
      },
      '/admin/submissions/{reference}': {
        get: adminOperation({
          operationId: 'adminSubmission',
          summary:
            'A stored application: its receipt, the envelope as received and its deliveries.',
          parameters: [referenceParameter],
          responses: {
            '200': {
              description:
                'Receipt keys, `envelope` and `deliveries`. A purged or erased application has `envelope: null` and `purgedAt`.',
              content: json({
                allOf: [
                  { $ref: '#/components/schemas/Receipt' },
                  {
                    type: 'object',
                    properties: {
                      envelope: {
                        oneOf: [...envelopes.oneOf, { type: 'null' }],
                      },
                      purgedAt: { type: 'string', format: 'date-time' },
                      validated: {
                        description:
                          'What the hub checked: `full` (the whole envelope against the assistant schema) or `metadata` (end-to-end encrypted: only the routing metadata). `null` once purged.',
                        enum: ['full', 'metadata', null],
                      },
                      deliveries: {
                        type: 'array',
                        items: { $ref: '#/components/schemas/Delivery' },
                      },
                    },
                    required: ['envelope', 'validated', 'deliveries'],
                  },
                ],
              }),
            },
            '404': problem('Unknown reference.'),
          },
        }),
        delete: adminOperation({
          operationId: 'adminEraseSubmission',
          summary:
            'Erases an application now (Art. 17 DSGVO): its envelope, uploads and the outbox copy; open deliveries are closed. The tombstone (reference, times, deliveries) stays for billing and audit.',
          parameters: [referenceParameter],
          responses: {
            '200': {
              description: 'What was deleted.',
              content: json({
                type: 'object',
                properties: {
                  reference: { type: 'string' },
                  erased: { const: true },
                  alreadyPurged: { type: 'boolean' },
                  deleted: {
                    type: 'object',
                    properties: {
                      envelope: { type: 'boolean' },
                      files: { type: 'array', items: { type: 'string' } },
                      closedDeliveries: { type: 'integer', minimum: 0 },
                    },
                    required: ['envelope', 'files', 'closedDeliveries'],
                  },
                },
                required: ['reference', 'erased', 'alreadyPurged', 'deleted'],
              }),
            },
            '404': problem('Unknown reference.'),
          },
        }),
      },
      '/admin/usage': {
        get: adminOperation({
          operationId: 'adminUsage',
          summary:
            'Stored submissions per municipality and assistant in one month: the basis of billing per assistant used.',
          description:
            'Months are UTC calendar months of `receivedAt`. `Accept: text/csv` gives the same rows as CSV (RFC 4180, UTF-8, header row, CRLF).',
          parameters: [
            {
              name: 'month',
              in: 'query',
              description: 'The month as `YYYY-MM`; default: the current month (UTC).',
              schema: {
                type: 'string',
                pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
                examples: ['2026-11'],
              },
            },
            {
              name: 'format',
              in: 'query',
              description:
                '`csv`: the CSV answer whatever `Accept` says (for a plain download link, as the operator console uses).',
              schema: { enum: ['csv'] },
            },
          ],
          responses: {
            '200': {
              description: 'One row per municipality and assistant with submissions in the month.',
              content: {
                ...json({ $ref: '#/components/schemas/Usage' }),
                'text/csv': {
                  schema: {
                    type: 'string',
                    description: `Columns: ${USAGE_CSV_COLUMNS.join(', ')}.`,
                  },
                },
              },
            },
            '400': problem('`month` is not a month in the format `YYYY-MM`.'),
          },
        }),
      },
      '/admin/overview': {
        get: adminOperation({
          operationId: 'adminOverview',
          summary:
            "The hub's state for the operator console: store, delivery queue, last retention purge, applications today and this month.",
          description:
            'Days and months are UTC. `queue` and `applications` are null when the store cannot be read (`store.reachable: false`, with `store.error`). The purge is the last run of this process (it runs at start and then every `nextDueAt - lastRunAt`).',
          responses: {
            '200': {
              description: 'The overview.',
              content: json({
                type: 'object',
                properties: {
                  generatedAt: { type: 'string', format: 'date-time' },
                  store: {
                    type: 'object',
                    properties: {
                      kind: { type: 'string', examples: ['sqlite'] },
                      location: {
                        type: 'string',
                        description: 'The database file, or the database without its password.',
                      },
                      reachable: { type: 'boolean' },
                      error: { type: 'string' },
                    },
                    required: ['kind', 'location', 'reachable'],
                  },
                  queue: {
                    type: ['object', 'null'],
                    properties: {
                      pending: { type: 'integer', minimum: 0 },
                      dead: { type: 'integer', minimum: 0 },
                      oldestPendingAt: { type: ['string', 'null'], format: 'date-time' },
                      oldestPendingAgeSeconds: { type: ['integer', 'null'], minimum: 0 },
                    },
                    required: ['pending', 'dead', 'oldestPendingAt', 'oldestPendingAgeSeconds'],
                  },
                  purge: {
                    type: 'object',
                    properties: {
                      lastRunAt: { type: ['string', 'null'], format: 'date-time' },
                      purged: { type: ['integer', 'null'], minimum: 0 },
                      held: { type: ['integer', 'null'], minimum: 0 },
                      error: { type: 'string' },
                      nextDueAt: { type: ['string', 'null'], format: 'date-time' },
                    },
                    required: ['lastRunAt', 'purged', 'held', 'nextDueAt'],
                  },
                  applications: {
                    type: ['object', 'null'],
                    properties: {
                      day: { type: 'string', format: 'date' },
                      today: { type: 'integer', minimum: 0 },
                      month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
                      thisMonth: { type: 'integer', minimum: 0 },
                    },
                    required: ['day', 'today', 'month', 'thisMonth'],
                  },
                },
                required: ['generatedAt', 'store', 'queue', 'purge', 'applications'],
              }),
            },
          },
        }),
      },
      '/admin/audit': {
        get: adminOperation({
          operationId: 'adminAuditLog',
          summary:
            'The audit log of access (Art. 15), erasure (Art. 17) and retention purges: when, which reference, which token (a fingerprint), the outcome. No personal data.',
          parameters: [
            {
              name: 'action',
              in: 'query',
              description: 'Only this kind of entry.',
              schema: { enum: ['access', 'erasure', 'purge'] },
            },
            {
              name: 'reference',
              in: 'query',
              description: 'Only entries of this reference (exact).',
              schema: { type: 'string' },
            },
            {
              name: 'limit',
              in: 'query',
              description: 'Entries per page (1–500, default 50).',
              schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
            },
            {
              name: 'offset',
              in: 'query',
              description: 'Entries to skip, newest first (default 0).',
              schema: { type: 'integer', minimum: 0, default: 0 },
            },
          ],
          responses: {
            '200': {
              description: 'One page, newest first, and the number of all matching entries.',
              content: json({
                type: 'object',
                properties: {
                  items: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        id: { type: 'integer' },
                        at: { type: 'string', format: 'date-time' },
                        action: { enum: ['access', 'erasure', 'purge'] },
                        reference: { type: 'string' },
                        actor: {
                          type: 'string',
                          description:
                            '`admin-token:<first 12 hex digits of its SHA-256>` or `purge-job`.',
                        },
                        outcome: { type: 'string' },
                      },
                      required: ['id', 'at', 'action', 'reference', 'actor', 'outcome'],
                    },
                  },
                  total: { type: 'integer', minimum: 0 },
                  limit: { type: 'integer' },
                  offset: { type: 'integer' },
                },
                required: ['items', 'total', 'limit', 'offset'],
              }),
            },
            '400': problem('Unknown `action`, or `limit`/`offset` out of range.'),
          },
        }),
      },
      '/admin/flows': {
        get: adminOperation({
          operationId: 'adminFlows',
          summary:
            "Each municipality's assistants with their sinks and retention, and each sink's kind and target. Read-only.",
          description:
            'No secret is ever in the answer: SMTP user and password, a webhook\'s secret, credentials and query string, and every value the flows file takes from the environment (`${NAME}`) are given only as `{ "name": …, "set": true }`.',
          responses: {
            '200': {
              description: 'The flows in force.',
              content: json({
                type: 'object',
                properties: {
                  source: { type: ['string', 'null'], description: 'The flows file (HUB_FLOWS).' },
                  defaultRetentionDays: { type: 'integer' },
                  sinks: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        name: { type: 'string' },
                        type: { enum: ['folder', 'mail', 'webhook'] },
                        builtin: { type: 'boolean' },
                        settings: {
                          type: 'array',
                          items: {
                            type: 'object',
                            properties: {
                              name: {
                                type: 'string',
                                examples: ['path', 'to', 'from', 'server', 'url', 'secret'],
                              },
                              value: { type: 'string' },
                              set: { const: true },
                              fromEnv: { type: 'boolean' },
                            },
                            required: ['name'],
                          },
                        },
                      },
                      required: ['name', 'type', 'builtin', 'settings'],
                    },
                  },
                  municipalities: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        ags: { type: 'string' },
                        name: { type: 'string' },
                        flows: {
                          type: 'array',
                          items: {
                            type: 'object',
                            properties: {
                              assistant: { type: 'string' },
                              category: { type: ['string', 'null'] },
                              sinks: { type: 'array', items: { type: 'string' } },
                              retentionDays: { type: 'integer', minimum: 0 },
                            },
                            required: ['assistant', 'category', 'sinks', 'retentionDays'],
                          },
                        },
                      },
                      required: ['ags', 'name', 'flows'],
                    },
                  },
                },
                required: ['source', 'defaultRetentionDays', 'sinks', 'municipalities'],
              }),
            },
          },
        }),
      },
    },
    components: {
      securitySchemes: {
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The hub's `HUB_ADMIN_TOKEN` (operator API; without it the admin routes answer 404).",
        },
      },
      schemas: {
        Delivery: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            reference: { type: 'string' },
            ags: { type: 'string' },
            assistant: { type: 'string' },
            sink: {
              type: 'string',
              description: 'Name of the sink in the flows file, or `outbox`',
            },
            status: { enum: ['pending', 'delivered', 'dead'] },
            attempts: { type: 'integer' },
            lastError: { type: ['string', 'null'] },
            createdAt: { type: 'string', format: 'date-time' },
            updatedAt: { type: 'string', format: 'date-time' },
            nextAttemptAt: { type: ['string', 'null'], format: 'date-time' },
            deliveredAt: { type: ['string', 'null'], format: 'date-time' },
          },
          required: ['id', 'reference', 'ags', 'assistant', 'sink', 'status', 'attempts'],
        },
        Envelope: envelope,
        EncryptedEnvelope: encrypted,
        ...dataSchemas,
        Receipt: {
          type: 'object',
          properties: {
            reference: { type: 'string', examples: ['HST-2026-000001'] },
            receivedAt: { type: 'string', format: 'date-time' },
            assignmentCode: {
              type: 'string',
              pattern: `^[${ASSIGNMENT_CODE_ALPHABET}]{${ASSIGNMENT_CODE_LENGTH}}$`,
              description:
                'Zuordnungsmerkmal (§ 19 Abs. 4 BMG) for the person who registers; Wohnungsgeberbestätigung only',
            },
            payment: {
              description:
                'The fee to pay online (fee-bearing assistants, when the hub has `PAYMENT_URL_TEMPLATE`); its current status on a replay or GET',
              type: 'object',
              properties: {
                url: { type: 'string', format: 'uri' },
                amount: { type: 'number', examples: [29] },
                currency: { type: 'string', examples: ['EUR'] },
                status: { enum: ['open', 'paid', 'failed'] },
              },
              required: ['url', 'amount', 'currency', 'status'],
            },
          },
          required: ['reference', 'receivedAt'],
        },
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            requestId: { type: 'string' },
            code: {
              type: 'string',
              description:
                'Machine-readable reason where the type has several (uploads: `invalid_upload_request`, `unsupported_file_type`, `file_too_large`, `application_too_large`, `invalid_jwe`, `encryption_required`).',
            },
          },
          required: ['type', 'title', 'status', 'detail', 'requestId'],
        },
        ValidationProblem: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            {
              type: 'object',
              properties: {
                errors: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      pointer: {
                        type: 'string',
                        description: 'JSON Pointer into the envelope, e.g. `/data/hunde/0/breed`.',
                      },
                      detail: { type: 'string' },
                      code: { type: 'string' },
                    },
                    required: ['pointer', 'detail', 'code'],
                  },
                },
              },
            },
          ],
        },
        Usage: {
          type: 'object',
          properties: {
            month: { type: 'string', examples: ['2026-11'] },
            from: {
              type: 'string',
              format: 'date-time',
              description: 'Start of the month (inclusive).',
            },
            to: {
              type: 'string',
              format: 'date-time',
              description: 'End of the month (exclusive).',
            },
            generatedAt: { type: 'string', format: 'date-time' },
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  ags: { type: 'string', examples: ['14612000'] },
                  municipality: {
                    type: ['string', 'null'],
                    description:
                      "From the hub's config for the AGS, else from the newest stored envelope.",
                  },
                  assistant: { type: 'string', examples: ['hundesteuer'] },
                  category: {
                    enum: ['simple', 'medium', 'complex', null],
                    description: "The assistant's category; null for one this hub no longer has.",
                  },
                  submissions: { type: 'integer' },
                  firstReceivedAt: { type: 'string', format: 'date-time' },
                  lastReceivedAt: { type: 'string', format: 'date-time' },
                },
                required: [
                  'ags',
                  'municipality',
                  'assistant',
                  'category',
                  'submissions',
                  'firstReceivedAt',
                  'lastReceivedAt',
                ],
              },
            },
          },
          required: ['month', 'from', 'to', 'generatedAt', 'items'],
        },
      },
    },
  };
}
