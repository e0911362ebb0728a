/**
 * The contract files: the JSON Schema (2020-12) of each assistant's `data`, made from the same
 * zod schema the hub validates with, and the OpenAPI 3.1 document of the hub's routes.
 */
import type { Assistant } from '../src/engine/define-assistant.js';
import { z } from '../src/engine/zod.js';
import { envelopeSchema } from '../src/transport/envelope-schema.js';
import { PROBLEM_BASE } from './problem.js';
import { ASSIGNMENT_CODE_ALPHABET, ASSIGNMENT_CODE_LENGTH } from './assignment-code.js';
import { payloadSchemaOf } from '../src/engine/payload-schema.js';

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
const problem = (description: string, ref = '#/components/schemas/Problem') => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: ref } } },
});
const problems = {
  '429': problem('Zu viele Anfragen; `Retry-After` nennt die Wartezeit in Sekunden.'),
  '500': problem('Interner Fehler.'),
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
  const receipt = { $ref: '#/components/schemas/Receipt' };
  const location = { Location: { description: 'URL of the receipt', schema: { type: 'string' } } };

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'komm-assistenten reference data hub',
      version: '1.0.0',
      description: `Submissions from the komm-assistenten online application assistants. Every error is \`application/problem+json\` (RFC 9457) with a \`type\` under ${PROBLEM_BASE} and a \`requestId\`.`,
    },
    servers: [{ url: basePath }],
    paths: {
      '/submissions': {
        post: {
          operationId: 'submit',
          summary: 'Submit one application (idempotent by `Idempotency-Key`).',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description: 'The envelope `id`; reuse it on every retry.',
              schema: { type: 'string', format: 'uuid' },
            },
          ],
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/Envelope' }) },
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
              'Invalid (`validation`, with `errors`) or the key was used for another body (`idempotency-mismatch`).',
              '#/components/schemas/ValidationProblem',
            ),
            ...problems,
          },
        },
      },
      '/submissions/{reference}': {
        get: {
          operationId: 'receipt',
          summary: 'The receipt of a stored submission.',
          parameters: [
            { name: 'reference', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: 'Receipt.', content: json(receipt) },
            '404': problem('Unknown reference.'),
            ...problems,
          },
        },
      },
      '/payments/{reference}': {
        get: {
          operationId: 'payment',
          summary: 'The payment of a fee-bearing application.',
          parameters: [
            { name: 'reference', in: 'path', required: true, schema: { type: 'string' } },
          ],
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
            ...problems,
          },
        },
      },
      '/payments/{reference}/notify': {
        post: {
          operationId: 'paymentNotify',
          summary:
            "The payment platform's result. `paid` is final; the same notification again changes nothing.",
          parameters: [
            { name: 'reference', in: 'path', required: true, schema: { type: 'string' } },
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
            ...problems,
          },
        },
      },
      '/schemas/{assistant}': {
        get: {
          operationId: 'dataSchema',
          summary: "JSON Schema 2020-12 of an assistant's `data`.",
          parameters: [
            {
              name: 'assistant',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: ids },
            },
          ],
          responses: {
            '200': {
              description: 'The schema.',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
            '404': problem('Unknown assistant.'),
            ...problems,
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document.',
          responses: { '200': { description: 'OpenAPI 3.1.', content: json({ type: 'object' }) } },
        },
      },
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness.',
          responses: {
            '200': {
              description: 'Up.',
              content: json({
                type: 'object',
                properties: { status: { const: 'ok' } },
                required: ['status'],
              }),
            },
          },
        },
      },
      '/admin/deliveries': {
        get: {
          operationId: 'adminListDeliveries',
          summary:
            'Deliveries of accepted applications to the sinks of their flow (operators; only when the hub has `HUB_ADMIN_TOKEN`).',
          security: [{ adminToken: [] }],
          parameters: [
            {
              name: 'status',
              in: 'query',
              schema: { enum: ['pending', 'delivered', 'dead'] },
            },
            { name: 'ags', in: 'query', schema: { type: 'string' } },
            { name: 'assistant', in: 'query', schema: { type: 'string' } },
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
            '401': problem('Token missing or wrong.'),
            ...problems,
          },
        },
      },
      '/admin/deliveries/{id}/retry': {
        post: {
          operationId: 'adminRetryDelivery',
          summary:
            'A dead delivery back to pending (attempts from 0 again); the worker tries it at once.',
          security: [{ adminToken: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: {
            '202': {
              description: 'Pending again.',
              content: json({
                type: 'object',
                properties: { id: { type: 'integer' }, status: { const: 'pending' } },
              }),
            },
            '401': problem('Token missing or wrong.'),
            '404': problem('No such delivery.'),
            '409': problem('The delivery is not dead.'),
            ...problems,
          },
        },
      },
      '/admin/submissions/{reference}': {
        get: {
          operationId: 'adminSubmission',
          summary:
            'A stored application: its receipt, the envelope as received and its deliveries.',
          security: [{ adminToken: [] }],
          parameters: [
            { name: 'reference', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'Receipt keys, `envelope` and `deliveries`.',
              content: json({
                allOf: [
                  { $ref: '#/components/schemas/Receipt' },
                  {
                    type: 'object',
                    properties: {
                      envelope: { $ref: '#/components/schemas/Envelope' },
                      deliveries: {
                        type: 'array',
                        items: { $ref: '#/components/schemas/Delivery' },
                      },
                    },
                    required: ['envelope', 'deliveries'],
                  },
                ],
              }),
            },
            '401': problem('Token missing or wrong.'),
            '404': problem('Unknown reference.'),
            ...problems,
          },
        },
      },
      '/usage': {
        get: {
          operationId: 'usage',
          summary:
            'Stored submissions per municipality and assistant (the basis of billing per assistant used).',
          responses: {
            '200': {
              description: 'Counts.',
              content: json({ $ref: '#/components/schemas/Usage' }),
            },
            ...problems,
          },
        },
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
            generatedAt: { type: 'string', format: 'date-time' },
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  ags: { type: 'string' },
                  municipality: { type: 'string' },
                  assistant: { type: 'string' },
                  submissions: { type: 'integer' },
                  firstReceivedAt: { type: 'string', format: 'date-time' },
                  lastReceivedAt: { type: 'string', format: 'date-time' },
                },
              },
            },
          },
        },
      },
    },
  };
}
