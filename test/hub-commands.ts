/** Browser-side access to the WTR hub commands (see test/wtr-hub-plugin.mjs). */
import { executeServerCommand } from '@web/test-runner-commands';

export const hubInfo = () =>
  executeServerCommand<{ url: string; dataDir: string }, undefined>('hub-info');
export const hubCount = (assistant?: string) =>
  executeServerCommand<number, { assistant?: string }>('hub-count', { assistant });
