/** <komm-hundesteuer> in Chromium against the real reference hub (see test/assistant-suite.ts). */
import './define.js';
import { hundesteuer } from './hundesteuer.definition.js';
import * as fx from './hundesteuer.fixtures.js';
import { describeAssistant } from '../../../test/assistant-suite.js';

describeAssistant({
  def: hundesteuer,
  configUrl: '/examples/config/dresden.json',
  params: fx.dresdenParams,
  reference: /^HST-\d{4}-\d{6}$/,
  valid: fx.validAnswers,
  main: {
    answers: fx.anmeldungZweiHunde,
    steps: ['anliegen', 'halter', 'hunde', 'gefahr', 'verguenstigung', 'zahlung', 'erklaerungen'],
    reviewContains: '252,00',
  },
  invalid: fx.invalidByStep,
  corrupt: {
    mutate: (envelope) => {
      (envelope.data as { halter: { address: { postalCode: string } } }).halter.address.postalCode =
        '1069';
    },
    step: 'halter',
    field: 'f-halter-address-postalCode',
  },
  office: 'Steuer- und Stadtkassenamt',
  reload: { step: 'halter', field: 'f-halter-familyName', value: 'Schubert' },
});
