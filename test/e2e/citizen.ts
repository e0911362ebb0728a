/**
 * A citizen who fills an assistant as a person with a screen reader and a keyboard would: every
 * control is found by the name it is announced with (`getByLabel` / `getByRole`, scoped by the
 * fieldset legends), text is typed key by key, radios and checkboxes are toggled with Space.
 *
 * The names come from the assistant's own messages (the same lookup chain as the element:
 * municipality texts, assistant messages, shared UI messages), the answers from its fixtures, and
 * which steps and fields to expect from the engine's walk of the definition. So the test needs
 * no hard-coded label, and a label that is not announced as the messages say fails the test.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { uiMessages } from '../../src/components/messages.js';
import { parseConfig, type MunicipalityConfig } from '../../src/engine/config.js';
import type { Assistant } from '../../src/engine/define-assistant.js';
import { createTranslator, type Translator } from '../../src/engine/messages.js';
import { getPath } from '../../src/engine/paths.js';
import type { Answers, ChoiceField, GroupField, Option } from '../../src/engine/types.js';
import {
  todayIso,
  visibleSteps,
  walkStep,
  type FieldNode,
  type WalkInput,
} from '../../src/engine/walk.js';

type Node = FieldNode<unknown>;

export interface Citizen {
  tr: Translator;
  /** The step titles in the order the citizen sees them. */
  stepTitles: string[];
  /** Fills one step (the one whose heading is shown) and returns its title. */
  fillStep: (index: number) => Promise<string>;
  /**
   * Presses "Weiter" (or "Weiter zur Übersicht" on the last step); accepts warnings by pressing
   * again and returns their texts; fails with the error summary when the step refuses.
   */
  next: (index: number) => Promise<string[]>;
}

export function citizen(
  page: Page,
  def: Assistant<unknown>,
  cfg: MunicipalityConfig,
  answers: Answers,
  today = todayIso(),
): Citizen {
  const parsed = parseConfig(cfg, def);
  assert.ok(
    parsed.ok,
    `example config is valid for ${def.id}: ${JSON.stringify(!parsed.ok && parsed.problems)}`,
  );
  const tr = createTranslator('de', [cfg.texts ?? {}, def.messages, uiMessages]);
  const input: WalkInput<unknown> = { answers, params: parsed.params, today };
  const steps = visibleSteps(def, input);
  const host = page.locator(`komm-${def.id}`);

  const textOf = (keys: string[], vars?: Record<string, unknown>) => {
    for (const k of keys) if (k && tr.has(k)) return tr.t(k, vars);
    return undefined;
  };
  const required = (n: Node) =>
    typeof n.field.required === 'function' ? n.field.required(n.ctx) : !!n.field.required;
  const label = (n: Node, withOptional = true) => {
    const text =
      textOf(
        [n.field.label ?? '', `${n.key}.label`, `fields.${n.field.path}.label`],
        n.field.vars?.(n.ctx),
      ) ?? n.key;
    const optional =
      withOptional && n.field.type !== 'group' && n.field.type !== 'info' && !required(n);
    return optional ? `${text} ${tr.t('ui.optional')}` : text;
  };
  const optionsOf = (n: Node): readonly Option[] => {
    const o = (n.field as ChoiceField<unknown>).options;
    return typeof o === 'function' ? o(n.ctx) : o;
  };
  const optionLabel = (n: Node, value: string) => {
    const o = optionsOf(n).find((x) => x.value === value);
    assert.ok(o, `${n.path}: fixture value "${value}" is one of the offered options`);
    return (
      o.text?.de ??
      textOf([
        o.label ?? '',
        `${n.key}.options.${o.value}`,
        `fields.${n.field.path}.options.${o.value}`,
      ]) ??
      o.value
    );
  };
  const stepTitle = (i: number) => tr.t(steps[i]!.title ?? `steps.${steps[i]!.id}.title`);

  /** Types like a person: focus by label, select what is there, type the new text. */
  const type = async (control: Locator, text: string) => {
    await control.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type(text);
  };
  const space = async (control: Locator, on: boolean) => {
    if ((await control.isChecked()) === on) return;
    await control.focus();
    await page.keyboard.press('Space');
    assert.equal(await control.isChecked(), on, 'Space toggled the control');
  };
  const asText = (n: Node, v: unknown) =>
    typeof v === 'number' && (n.field.type === 'number' || n.field.type === 'money')
      ? String(v).replace('.', ',')
      : String(v);

  async function fill(scope: Locator, n: Node): Promise<void> {
    const value = getPath(answers, n.path);
    const f = n.field;
    switch (f.type) {
      case 'info':
        return;
      case 'group': {
        const g = f as GroupField<unknown>;
        if (g.repeat) {
          const items = n.items ?? [];
          const list = scope.locator(`#f-${n.path.replace(/\./g, '-')}`);
          for (let i = 0; i < items.length; i++) {
            // Item legends may contain the item's own answers ("Hund Bello"): scope by position.
            const item = list.locator(':scope > fieldset').nth(i);
            if ((await list.locator(':scope > fieldset').count()) <= i) {
              const addKey = `${n.key}.add`;
              await list
                .getByRole('button', {
                  name: tr.has(addKey) ? tr.t(addKey) : tr.t('ui.list.add'),
                  exact: true,
                })
                .press('Enter');
            }
            for (const child of items[i]!) await fill(item, child);
          }
          return;
        }
        const group = scope.getByRole('group', { name: label(n, false), exact: true });
        for (const child of n.children ?? []) await fill(group, child);
        return;
      }
      case 'radio': {
        if (value === undefined) return;
        const radio = scope
          .getByRole('group', { name: label(n), exact: true })
          .getByRole('radio', { name: optionLabel(n, String(value)), exact: true });
        return space(radio, true);
      }
      case 'checkboxes': {
        const wanted = Array.isArray(value) ? value.map(String) : [];
        const group = scope.getByRole('group', { name: label(n), exact: true });
        for (const o of optionsOf(n))
          await space(
            group.getByRole('checkbox', { name: optionLabel(n, o.value), exact: true }),
            wanted.includes(o.value),
          );
        return;
      }
      case 'checkbox':
        return space(
          scope.getByRole('checkbox', { name: label(n, false), exact: true }),
          value === true,
        );
      case 'select': {
        if (value === undefined) return;
        await scope
          .getByLabel(label(n), { exact: true })
          .selectOption({ label: optionLabel(n, String(value)) });
        return;
      }
      case 'date': {
        // Three inputs in a group named by the question: Tag, Monat, Jahr.
        if (value === undefined) return;
        const [y = '', m = '', d = ''] = String(value).split('-');
        const group = scope.getByRole('group', { name: label(n), exact: true });
        for (const [part, text] of [
          ['ui.date.day', d],
          ['ui.date.month', m],
          ['ui.date.year', y],
        ] as const)
          await type(group.getByLabel(tr.t(part), { exact: true }), text.replace(/^0(?=\d)/, ''));
        return;
      }
      case 'time':
        if (value === undefined) return;
        await scope.getByLabel(label(n), { exact: true }).fill(String(value));
        return;
      default:
        if (value === undefined || value === null || value === '') return;
        return type(scope.getByLabel(label(n), { exact: true }), asText(n, value));
    }
  }

  return {
    tr,
    stepTitles: steps.map((_, i) => stepTitle(i)),
    fillStep: async (index) => {
      const title = stepTitle(index);
      await host.getByRole('heading', { name: title, exact: true }).waitFor();
      const form = host.locator('form').first();
      for (const n of walkStep(steps[index]!, input)) await fill(form, n);
      return title;
    },
    next: async (index) => {
      const last = index === steps.length - 1;
      const button = host.getByRole('button', {
        name: tr.t(last ? 'ui.nav.toReview' : 'ui.nav.next'),
        exact: true,
      });
      const expected = host.getByRole('heading', {
        name: last ? tr.t('ui.review.title') : stepTitle(index + 1),
        exact: true,
      });
      const warnings = host.getByRole('heading', {
        name: tr.t('ui.errorSummary.warnings'),
        exact: true,
      });
      const errors = host.getByRole('heading', {
        name: tr.t('ui.errorSummary.title'),
        exact: true,
      });
      await button.press('Enter');
      await expected.or(warnings).or(errors).first().waitFor({ timeout: 5000 });
      // Warnings ("you may still submit") are shown once; "Weiter" again accepts them.
      let accepted: string[] = [];
      if (
        !(await expected.isVisible()) &&
        (await warnings.isVisible()) &&
        !(await errors.isVisible())
      ) {
        accepted = (await host.locator('[part~="error-summary"] li').allInnerTexts()).map((t) =>
          t.trim(),
        );
        await button.press('Enter');
        await expected.or(errors).first().waitFor({ timeout: 5000 });
      }
      if (!(await expected.isVisible())) {
        const summary = await host.locator('[part~="error-summary"]').allInnerTexts();
        assert.fail(
          `"${stepTitle(index)}" did not let the citizen continue: ${summary.join(' | ').replace(/\s+/g, ' ')}`,
        );
      }
      return accepted;
    },
  };
}
