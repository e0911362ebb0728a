/**
 * The citizen's answers and, beside them, the text as typed in number fields ("12,5" while the
 * answer is 12.5), so typing is never rewritten under the cursor. Every change re-renders the
 * host and is handed to `changed` (the draft).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getPath, setPath } from '../../engine/paths.js';
import type { Answers, EvalContext, StepDef } from '../../engine/types.js';

export class AnswersController implements ReactiveController {
  answers: Answers = {};
  readonly rawText = new Map<string, string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private update(answers: Answers, notify = true) {
    this.answers = answers;
    this.host.requestUpdate();
    if (notify) this.changed();
  }

  /** Replaces everything (a draft, an answers file, a reset); `save: false` keeps it out of the draft. */
  replace(answers: Answers, save = true): void {
    this.rawText.clear();
    this.update(answers, save);
  }

  set(path: string, value: unknown, raw?: string): void {
    if (raw !== undefined) this.rawText.set(path, raw);
    else this.rawText.delete(path);
    this.update(setPath(this.answers, path, value));
  }

  /** Appends an empty item to a list; returns its index. */
  addItem(path: string): number {
    const list = getPath(this.answers, path);
    const items = Array.isArray(list) ? list : [];
    this.update(setPath(this.answers, path, [...items, {}]));
    return items.length;
  }

  removeItem(path: string, index: number): void {
    const list = getPath(this.answers, path);
    if (!Array.isArray(list)) return;
    // Items after `index` move up: typed texts of the list no longer sit at their paths.
    for (const key of [...this.rawText.keys()])
      if (key.startsWith(`${path}.`)) this.rawText.delete(key);
    this.update(
      setPath(
        this.answers,
        path,
        list.filter((_, i) => i !== index),
      ),
    );
  }

  /** Editable lists of a step hold at least `min` (at least one) items, so their fields show at once. */
  ensureMinItems<P>(step: StepDef<P> | undefined, ctx: EvalContext<P>): void {
    for (const f of step?.fields ?? []) {
      if (f.type !== 'group' || !f.repeat || f.repeat.editable === false) continue;
      if (f.visibleWhen && !f.visibleWhen({ ...ctx, answers: this.answers })) continue;
      const list = getPath(this.answers, f.path);
      const items = Array.isArray(list) ? list : [];
      const missing = Math.max(f.repeat.min ?? 0, 1) - items.length;
      if (missing > 0)
        this.update(
          setPath(this.answers, f.path, [...items, ...Array.from({ length: missing }, () => ({}))]),
          false,
        );
    }
  }
}
