/** Browser-side access to the WTR hub commands (see test/wtr-hub-plugin.mjs). */
import { executeServerCommand } from '@web/test-runner-commands';

export const hubInfo = () =>
  executeServerCommand<{ url: string; dataDir: string }, undefined>('hub-info');
export const hubCount = (assistant?: string) =>
  executeServerCommand<number, { assistant?: string }>('hub-count', { assistant });
/** The payment platform's notification of `reference` (paid or failed), signed; the hub's status code. */
export const hubPay = (payment: {
  reference: string;
  status: 'paid' | 'failed';
  amount: number;
  currency: string;
  transactionId: string;
}) => executeServerCommand<number, typeof payment>('hub-pay', payment);
