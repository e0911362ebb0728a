/** <komm-brauchtumsfeuer> in Chromium against the real reference hub (see test/assistant-suite.ts). */
import './define.js';
import { brauchtumsfeuer } from './brauchtumsfeuer.definition.js';
import * as fx from './brauchtumsfeuer.fixtures.js';
import { todayIso } from '../../engine/walk.js';
import { describeAssistant } from '../../../test/assistant-suite.js';

const today = todayIso();

describeAssistant({
  def: brauchtumsfeuer,
  configUrl: '/examples/config/dresden.json',
  params: fx.dresdenParams,
  reference: /^BRF-\d{4}-\d{6}$/,
  valid: {
    osterfeuerVerein: fx.osterfeuerVerein(today),
    hexenfeuerPrivatperson: fx.hexenfeuerPrivatperson(today),
    flurstueckVariante: fx.flurstueckVariante(today),
  },
  main: {
    answers: fx.osterfeuerVerein(today),
    steps: ['anlass', 'veranstalter', 'verantwortlich', 'ort', 'termin', 'feuer', 'sicherheit', 'erklaerungen'],
  },
  invalid: fx.invalidByStep(today),
  corrupt: {
    mutate: (envelope) => {
      (envelope.data as { organizer: { address: { postalCode: string } } }).organizer.address.postalCode = '0106';
    },
    step: 'veranstalter',
    field: 'f-organizer-address-postalCode',
  },
  office: 'Ordnungsamt',
  reload: { step: 'veranstalter', field: 'f-organizer-name', value: 'Heimatverein Dresden-Loschwitz e. V.' },
});
