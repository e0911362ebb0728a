/**
 * Does the work of the next "Weiter" once ahead of time, while the page is idle (issue 5, "Weiter
 * fast"). The first render of a template is the slow one: Lit parses it into a `<template>`, the
 * engine compiles the functions on that path and warms its caches. A citizen reads a step for
 * seconds; in that time the host renders, into a detached element that is never shown, what
 * "Weiter" would show (the next step, the error summary), so the click itself only validates,
 * updates and lays out. Nothing is shown, focused, saved or announced; once per step.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type IdleHandle = { cancel: () => void };

/** Runs `fn` when the page is idle, asked for in a task of its own (not on the click's path). */
const onIdle = (fn: () => void): IdleHandle => {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(fn, { timeout: 2000 });
    else fn(); // engines without requestIdleCallback (Safari): a timer is the next best
  }, 50);
  return {
    cancel: () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    },
  };
};

export class WarmUpController implements ReactiveController {
  private pending?: IdleHandle;
  private readonly done = new Set<string>();

  /**
   * @param key what is shown now (e.g. `step:halter`), or undefined when there is nothing to warm
   * @param work the pieces of rendering the next views detached; each runs in an idle period of
   *   its own (one long task would delay a citizen's first keystroke), once per key
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly key: () => string | undefined,
    private readonly work: () => (() => void)[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const key = this.key();
    if (this.pending || key === undefined || this.done.has(key)) return;
    this.pending = onIdle(() => {
      this.pending = undefined;
      if (this.key() !== key || this.done.has(key)) return;
      this.done.add(key);
      let pieces: (() => void)[];
      try {
        pieces = this.work();
      } catch {
        return; // only a head start: the real render shows (and reports) whatever went wrong
      }
      this.runPieces(key, pieces);
    });
  }

  /** One piece per idle period; stops when the citizen moved on (the pieces would be stale). */
  private runPieces(key: string, pieces: (() => void)[]): void {
    const piece = pieces.shift();
    if (!piece || this.key() !== key) return;
    try {
      piece();
    } catch {
      return;
    }
    if (pieces.length)
      this.pending = onIdle(() => {
        this.pending = undefined;
        this.runPieces(key, pieces);
      });
  }

  hostDisconnected(): void {
    this.pending?.cancel();
    this.pending = undefined;
  }
}
