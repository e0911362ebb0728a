/**
 * The one place zod is imported from. `jitless` must be set before any schema is built,
 * otherwise zod probes `new Function` and trips a strict Content-Security-Policy.
 * We use `zod/mini` (functional API): the classic API alone would eat most of the 30 KB budget.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
export type { ZodMiniType } from 'zod/mini';

/**
 * A schema built on first use: `build` runs when a member is first read (e.g. `safeParse`), not
 * when the module is evaluated. For the municipal parameters, checked only once a config has
 * arrived: building them cost time before a bundle could show its first question (issue 5).
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const real = () => (schema ??= build());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
