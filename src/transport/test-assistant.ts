/**
 * A tiny assistant for the transport tests: a plain group, a repeatable list on one step and the
 * same list's items on a later step (so `hunde[].rasse` belongs to step `rassen`, not `hunde`).
 * Test data only: not registered, not shipped.
 */
import { defineAssistant } from '../engine/define-assistant.js';
import type { MunicipalityConfig } from '../engine/config.js';
import { z } from '../engine/zod.js';

export const transportTestAssistant = defineAssistant<{ fee: number }>({
  id: 'transport-test',
  version: '1.2.3',
  schemaVersion: '7',
  category: 'simple',
  referencePrefix: 'TT',
  params: z.object({ fee: z.number() }),
  steps: [
    {
      id: 'halter',
      fields: [
        {
          type: 'group',
          path: 'halter',
          fields: [
            { type: 'text', path: 'name', required: true },
            { type: 'postalCode', path: 'plz', required: true },
          ],
        },
      ],
    },
    {
      id: 'hunde',
      fields: [
        {
          type: 'group',
          path: 'hunde',
          required: true,
          repeat: { min: 1, max: 3, editable: true },
          fields: [{ type: 'text', path: 'name', required: true }],
        },
      ],
    },
    {
      id: 'rassen',
      fields: [
        {
          type: 'group',
          path: 'hunde',
          repeat: {},
          fields: [{ type: 'text', path: 'rasse', required: true }],
        },
      ],
    },
  ],
  computed: ({ params }) => ({ gebuehr: params.fee }),
  messages: { de: {}, en: {} },
});

export const transportTestConfig: MunicipalityConfig = {
  municipality: { name: 'Teststadt', ags: '14612000' },
  privacyNoticeUrl: 'https://teststadt.example/datenschutz',
  office: { name: 'Bürgerbüro Teststadt' },
  assistants: { 'transport-test': { fee: 12 } },
};

/** Valid answers for `transportTestAssistant`. */
export const validAnswers = {
  halter: { name: 'Erika Mustermann', plz: '01067' },
  hunde: [{ name: 'Bello', rasse: 'Dackel' }],
};

/** An RSA-OAEP-256 key pair made by the browser (Web Crypto), as a municipality's would be. */
export const rsaOaepKeyPair = () =>
  crypto.subtle.generateKey(
    {
      name: 'RSA-OAEP',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['encrypt', 'decrypt'],
  );
