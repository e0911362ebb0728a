/**
 * The comparison form for SurveyJS, made from our own Hundesteuer definition and its German
 * texts (the same label, hint, option and error texts our element renders, through the same
 * `buildFieldContext`), so both show the same questions: page 1 is step 1 (`anliegen`, with the
 * conditional info text and reference field as `visibleIf`), page 2 is step 2 (`halter`) as it
 * shows after "Einen Hund anmelden". Also returns the texts the in-page probe waits for.
 */
import { hundesteuer } from '../../src/assistants/hundesteuer/hundesteuer.definition.js';
import { buildFieldContext } from '../../src/components/field-context-builder.js';
import { uiMessages } from '../../src/components/messages.js';
import { createTranslator, issueText } from '../../src/engine/messages.js';
import type { Answers, EvalContext, StepDef } from '../../src/engine/types.js';
import { walkStep, type FieldNode, type WalkInput } from '../../src/engine/walk.js';
import type { FieldHost } from '../../src/components/field-context-builder.js';

export interface ComparisonForm {
  /** SurveyJS JSON (survey-core 2.x). */
  survey: Record<string, unknown>;
  /** Texts the probe checks, identical on both pages. */
  texts: {
    /** Label of the first question of step 1. */
    firstQuestion: string;
    /** Heading of step 2. */
    nextHeading: string;
    /** Label of the last question of step 2. */
    nextLastQuestion: string;
    /** Inline error of the required choice on step 1. */
    requiredError: string;
    /** Label of the option chosen before the valid "Weiter". */
    choice: string;
    /** The button that moves on ("Weiter"). */
    next: string;
  };
}

type Node = FieldNode<unknown>;

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function comparisonForm(params: unknown, today: string): ComparisonForm {
  const def = hundesteuer as unknown as Parameters<typeof buildFieldContext>[0]['def'];
  const tr = createTranslator('de', [hundesteuer.messages, uiMessages]);
  const host: FieldHost<unknown> = {
    tr,
    def,
    answers: {},
    rawText: new Map(),
    shown: [],
    prefill: {},
    privacyNoticeUrl: '',
    officeName: '',
    set: () => {},
    addItem: () => {},
    removeItem: () => {},
    change: () => {},
  };
  const ctx = buildFieldContext(host);
  // Shared UI texts, under `ui.` (or, in older trees, without it).
  const ui = (key: string) => (tr.has(`ui.${key}`) ? tr.t(`ui.${key}`) : tr.t(key));
  const [step1, step2] = hundesteuer.steps as unknown as StepDef<unknown>[];
  const input = (answers: Answers): WalkInput<unknown> => ({ answers, params, today });
  const required = (n: Node) =>
    typeof n.field.required === 'function' ? n.field.required(n.ctx) : !!n.field.required;

  const question = (n: Node): Record<string, unknown> => {
    const base: Record<string, unknown> = {
      name: n.path,
      title: ctx.label(n, false),
      ...(ctx.hint(n) ? { description: ctx.hint(n) } : {}),
      ...(required(n)
        ? {
            isRequired: true,
            requiredErrorText: issueText(tr, { key: n.key, code: 'required' }, n.field.type),
          }
        : {}),
    };
    const f = n.field as Node['field'] & { maxLength?: number; min?: number; max?: number };
    switch (f.type) {
      case 'group':
        return {
          type: 'panel',
          name: n.path,
          title: ctx.label(n, false),
          elements: (n.children ?? []).map(question),
        };
      case 'info':
        return {
          type: 'html',
          name: n.path,
          html: `<p>${escapeHtml(tr.t((f as { text?: string }).text ?? `${n.key}.text`))}</p>`,
        };
      case 'radio':
      case 'checkboxes':
      case 'select':
        return {
          ...base,
          type: f.type === 'radio' ? 'radiogroup' : f.type === 'select' ? 'dropdown' : 'checkbox',
          choices: ctx.options(n).map((o) => ({ value: o.value, text: ctx.optionLabel(n, o) })),
        };
      case 'checkbox':
        return { ...base, type: 'boolean', renderAs: 'checkbox' };
      case 'textarea':
        return { ...base, type: 'comment', ...(f.maxLength ? { maxLength: f.maxLength } : {}) };
      default: {
        const inputType =
          f.type === 'integer' || f.type === 'number' || f.type === 'money'
            ? 'number'
            : f.type === 'date'
              ? 'date'
              : f.type === 'email'
                ? 'email'
                : f.type === 'phone'
                  ? 'tel'
                  : 'text';
        return {
          ...base,
          type: 'text',
          inputType,
          ...(f.maxLength ? { maxLength: f.maxLength } : {}),
          ...(f.min !== undefined ? { min: f.min } : {}),
          ...(f.max !== undefined ? { max: f.max } : {}),
        };
      }
    }
  };

  // Step 1 with its conditions: every field of the step, visible when our predicate says so for
  // the chosen option of the step's first choice.
  const choiceNode = walkStep(step1!, input({}))[0] as Node;
  const options = ctx.options(choiceNode);
  const allStep1 = step1!.fields.map((field) => {
    const variants = options.filter(
      (o) =>
        !field.visibleWhen ||
        field.visibleWhen({
          answers: { [choiceNode.path]: o.value },
          params,
          today,
        } as EvalContext),
    );
    const answers = { [choiceNode.path]: variants[0]?.value ?? options[0]!.value };
    const n = (walkStep(step1!, input(answers)) as Node[]).find((x) => x.field === field)!;
    const q = question(n);
    if (field.visibleWhen)
      q.visibleIf = `{${choiceNode.path}} anyof [${variants.map((o) => `'${o.value}'`).join(', ')}]`;
    return q;
  });
  const chosen = options[0]!;
  const step2Nodes = walkStep(step2!, input({ [choiceNode.path]: chosen.value })) as Node[];
  const leaves: Node[] = [];
  const collect = (list: Node[]) => {
    for (const n of list) {
      if (n.children) collect(n.children);
      else if (n.field.type !== 'info') leaves.push(n);
    }
  };
  collect(step2Nodes);

  const title = (s: { id: string; title?: string }) => tr.t(s.title ?? `steps.${s.id}.title`);
  const survey = {
    title: tr.t('title'),
    locale: 'de',
    showQuestionNumbers: 'off',
    showProgressBar: 'top',
    progressBarType: 'pages',
    questionErrorLocation: 'top',
    pageNextText: ui('nav.next'),
    pagePrevText: ui('nav.back'),
    completeText: ui('nav.toReview'),
    pages: [
      { name: step1!.id, title: title(step1!), elements: allStep1 },
      { name: step2!.id, title: title(step2!), elements: step2Nodes.map(question) },
    ],
  };
  return {
    survey,
    texts: {
      firstQuestion: ctx.label(choiceNode, false),
      nextHeading: title(step2!),
      nextLastQuestion: ctx.label(leaves[leaves.length - 1]!, false),
      requiredError: issueText(tr, { key: choiceNode.key, code: 'required' }, 'radio'),
      choice: ctx.optionLabel(choiceNode, chosen),
      next: ui('nav.next'),
    },
  };
}
