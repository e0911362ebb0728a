/**
 * Does the work of the next "Weiter" once ahead of time, while the page is idle (issue 5, "Weiter
 * fast"). The first render of a template is the slow one: Lit parses it into a `<template>`,
 * clones it and creates its parts, the engine compiles the functions on that path and builds its
 * schemas. A citizen reads a step for seconds; in that time the host renders what "Weiter" would
 * show (the next step, laid out in the page but hidden from everyone; the error summary, into an
 * element outside it), so the click itself only validates, updates what changed and shows it.
 * Nothing is shown, focused, saved or announced.
 *
 * Again after the answers change (an answer can add a field to the next step, and the value
 * typed is what the click validates), debounced: the work starts once the citizen pauses.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type IdleHandle = { cancel: () => void };
type PostTask = (
  fn: () => void,
  o: { priority: 'background'; delay: number; signal: AbortSignal },
) => Promise<unknown>;

/**
 * Runs `fn` soon after `delay` ms in a task of its own at the lowest priority (not on the
 * click's path): `scheduler.postTask` where there is one. Not `requestIdleCallback` there: in
 * Chromium an idle callback asked for right after a click ran only 1.3 s later (measured,
 * headless), after the "Weiter" that should have found the work done.
 */
const soon = (fn: () => void, delay = 50): IdleHandle => {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) {
    const stop = new AbortController();
    scheduler.postTask(fn, { priority: 'background', delay, signal: stop.signal }).catch(() => {}); // cancelled
    return { cancel: () => stop.abort() };
  }
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(fn, { timeout: 2000 });
    else fn(); // engines without either (Safari): a timer is the next best
  }, delay);
  return {
    cancel: () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    },
  };
};

/** Longest stretch of pieces in one task (ms): a key press waits at most about this long. */
const SLICE = 5;

export class WarmUpController implements ReactiveController {
  private pending?: IdleHandle;
  /** What the last (or running) warm-up was for. */
  private warmed?: { key: string; state: unknown };
  /** Keys whose warm-up ran to its end once. */
  private readonly done = new Set<string>();

  /**
   * @param key what is shown now (e.g. `de:halter`), or undefined when there is nothing to warm
   * @param state what the work depends on besides the key (the answers object, replaced on every
   *   change): a new state warms again
   * @param work the pieces of rendering the next views; `first`: the first time for this key (the
   *   pieces that only fill caches run then). Pieces run in short tasks (one long task would
   *   delay a citizen's keystroke)
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly key: () => string | undefined,
    private readonly state: () => unknown,
    private readonly work: (first: boolean) => (() => void)[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const key = this.key();
    const state = this.state();
    if (key === undefined || (this.warmed?.key === key && this.warmed.state === state)) return;
    this.pending?.cancel(); // debounced: a newer state replaces what has not run yet
    this.warmed = { key, state };
    this.pending = soon(() => {
      this.pending = undefined;
      if (this.key() !== key) return;
      let pieces: (() => void)[];
      try {
        pieces = this.work(!this.done.has(key));
      } catch {
        return; // only a head start: the real render shows (and reports) whatever went wrong
      }
      this.runPieces(key, pieces);
    });
  }

  /** Pieces in tasks of at most about SLICE ms; stops when the citizen moved on (they would be stale). */
  private runPieces(key: string, pieces: (() => void)[]): void {
    const start = performance.now();
    for (let piece; (piece = pieces.shift());) {
      if (this.key() !== key) return;
      try {
        piece();
      } catch {
        return;
      }
      if (pieces.length && performance.now() - start > SLICE) {
        this.pending = soon(() => {
          this.pending = undefined;
          this.runPieces(key, pieces);
        }, 0);
        return;
      }
    }
    this.done.add(key);
  }

  hostDisconnected(): void {
    this.pending?.cancel();
    this.pending = undefined;
    this.warmed = undefined; // connected again: warm again
  }
}
