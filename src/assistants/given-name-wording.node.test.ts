// The error for a missing given name says "given name", like the field's label "Given name(s)":
// the Gewerbeanzeige's persons said "Enter the person's first name." (stranger walk, en). Every
// assistant's English texts, and the shared ones.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../components/messages.js';
import { assistants } from './registry.js';

it('en: texts about the given name say "given name", not "first name"', () => {
  const sources = {
    ui: uiMessages,
    ...Object.fromEntries(Object.entries(assistants).map(([id, d]) => [id, d.messages])),
  };
  const checked: string[] = [];
  for (const [id, messages] of Object.entries(sources))
    for (const [key, text] of Object.entries(messages.en ?? {}))
      if (/givenNames\.(label|hint|required)$/.test(key)) {
        checked.push(`${id} ${key}`);
        assert.match(text, /given name/i, `${id} ${key}: ${text}`);
      }
  assert.ok(checked.length >= 3, checked.join(', '));
});
