/**
 * `live()` for property bindings (`.value`, `.checked`): sets the property whenever it differs
 * from the element's current one, not only when the bound value changed since the last render
 * (typing changes the element, not the binding; and Lit may reuse an input for another field).
 * Lit's own `live` does this for every part type and brings `directive-helpers` along; this is
 * the one part type we bind, at a fraction of the bytes (issue 5: every bundle ≤ 50 KB gzip).
 * It resets the part's committed value as lit-html's `directive-helpers` `setCommittedValue` does:
 * `_$committedValue` in Lit's development build, `_$AH` in its production build (the minified
 * name, which Lit keeps stable across versions). Without the second, a script-tag bundle kept an
 * input showing what was typed when the answer was set to a value rendered before (a lookup
 * suggestion taken after typing over it).
 */
import { noChange } from 'lit';
import { Directive, directive, type PropertyPart } from 'lit/directive.js';

const RESET = {};

class LiveProperty extends Directive {
  render(value: unknown) {
    return value;
  }

  override update(part: PropertyPart, [value]: [unknown]) {
    if (value === (part.element as unknown as Record<string, unknown>)[part.name]) return noChange;
    const p = part as unknown as { _$committedValue: unknown; _$AH: unknown };
    p._$committedValue = p._$AH = RESET;
    return value;
  }
}

export const live = directive(LiveProperty);
