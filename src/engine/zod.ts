/**
 * The one place zod is imported from. `jitless` must be set before any schema is built,
 * otherwise zod probes `new Function` and trips a strict Content-Security-Policy.
 * We use `zod/mini` (functional API): the classic API alone would eat most of the 30 KB budget.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
export type { ZodMiniType } from 'zod/mini';
