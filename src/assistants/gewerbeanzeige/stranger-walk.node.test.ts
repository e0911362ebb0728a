/**
 * Findings of a stranger walk of <komm-gewerbeanzeige> (320 px, de and en, reading labels only),
 * each as the texts a citizen reads:
 * - the WZ field's "no suggestions" note promised "Sie können Ihre Angabe trotzdem so eintragen",
 *   and "Weiter" then refused that free text with a format error: the note says what the field
 *   takes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { createTranslator } from '../../engine/messages.js';
import type { FieldDef, Lang, ScalarField } from '../../engine/types.js';
import { gewerbeanzeige as def } from './gewerbeanzeige.definition.js';

const LANGS: Lang[] = ['de', 'en'];
const tr = (lang: Lang) => createTranslator(lang, [def.messages, uiMessages]);

/** The field at `path` (`activities.wzCode`) among the definition's steps. */
function fieldAt(path: string): FieldDef<unknown> {
  const [head, ...rest] = path.split('.');
  for (const step of def.steps) {
    let fields = step.fields as FieldDef<unknown>[];
    let f = fields.find((x) => x.path === head);
    for (const part of rest) {
      fields = f?.type === 'group' ? f.fields : [];
      f = fields.find((x) => x.path === part);
    }
    if (f) return f;
  }
  throw new Error(`no field ${path}`);
}

describe('gewerbeanzeige: the WZ field says what it takes when nothing is suggested', () => {
  const wz = fieldAt('activities.wzCode') as ScalarField<unknown>;
  const takes = (v: string) => wz.schema!['~standard'].validate(v) as { issues?: unknown[] };
  for (const lang of LANGS)
    for (const kind of ['none', 'unavailable'])
      it(`${lang}: the ${kind} note gives a code the field takes, and no "enter it anyway"`, () => {
        const key = `activities[].wzCode.lookup.${kind}`;
        const text = tr(lang).t(key);
        assert.notEqual(text, key, 'the field has its own note');
        assert.doesNotMatch(text, /trotzdem|still enter|as it is/i);
        const codes = text.match(/\b\d{2}\.\d{2}\.\d\b/g) ?? [];
        assert.ok(codes.length > 0, `names the code's form: ${text}`);
        for (const c of codes) assert.equal(takes(c).issues, undefined, `${c} is taken`);
        // What the citizen typed (a word) is not taken: the note must not say it can stay.
        assert.ok(takes('Xylofonbau').issues?.length);
      });
});
