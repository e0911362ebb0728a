/**
 * `live()` for property bindings (`.value`, `.checked`): sets the property whenever it differs
 * from the element's current one, not only when the bound value changed since the last render
 * (typing changes the element, not the binding; and Lit may reuse an input for another field).
 * Lit's own `live` does this for every part type and brings `directive-helpers` along; this is
 * the one part type we bind, at a fraction of the bytes (issue 5: every bundle ≤ 50 KB gzip).
 * It resets `_$committedValue`, one of the `_$` names Lit keeps stable across versions for
 * exactly this (lit-html's `directive-helpers` `setCommittedValue`).
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
    (part as unknown as { _$committedValue: unknown })._$committedValue = RESET;
    return value;
  }
}

export const live = directive(LiveProperty);
