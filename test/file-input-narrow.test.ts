/**
 * A file field on a narrow screen: the native input's own text ("No file chosen", the file's
 * name) was cut to "No …osen" in a 238 px column (stranger walk of Urkunden, en). The field shows
 * only the input's button, in the text colour; the list under the field names the chosen files.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/assistants/feuerwehr-verdienstausfall/define.js';
import { selbststaendig } from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import { exampleConfig, inColumn, q } from './drive.js';

describe('file field in a narrow column', () => {
  for (const lang of ['de', 'en'])
    it(`${lang}: only the button shows, nothing sticks out`, async () => {
      const el = await inColumn(
        238,
        'komm-feuerwehr-verdienstausfall',
        lang,
        await exampleConfig(),
      );
      el.loadAnswers(selbststaendig());
      el.goTo('verdienst');
      await el.updateComplete;
      // The upload control comes with komm-file.js (loaded on demand) and repaints the step.
      await waitUntil(() => q(el, '.file-field input[type=file]'), 'no upload control', {
        timeout: 5000,
      });
      const input = q<HTMLInputElement>(el, '.file-field input[type=file]')!;
      const own = getComputedStyle(input).color;
      const button = getComputedStyle(input, '::file-selector-button');
      expect(own, 'the native status text is not drawn').to.equal('rgba(0, 0, 0, 0)');
      expect(button.color).to.equal(getComputedStyle(el).color);
      expect(button.color).not.to.equal('rgba(0, 0, 0, 0)');
      expect(input.scrollWidth).to.be.at.most(input.clientWidth);
    });
});
