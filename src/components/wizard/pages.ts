/** Confirmation page, config error page and the sending/failure status on the review page. */
import { html, nothing } from 'lit';
import type { ConfigProblem, MunicipalityConfig } from '../../engine/config.js';
import type { Translator } from '../../engine/messages.js';
import { formatMoney } from '../../engine/format.js';
import type { SubmitFailure } from '../../transport/outcome.js';
import type { ShownPayment } from './payment-return.js';
import { hx } from './heading.js';

/**
 * The confirmation: the reference and what happens next. When the hub's receipt carries an
 * `assignmentCode` (§ 19 Abs. 4 BMG) it is shown large, with the assistant's texts
 * `ui.confirmation.assignmentCode*` and a print button. When it carries a `payment`, the amount
 * is shown and, until it is paid, a primary link to the payment page (same window: the platform
 * sends the citizen back), with the assistant's texts `ui.confirmation.payment*` / `payNow`.
 * Paid, or back from the payment page (`returned`, see payment-return.ts), the panel says the
 * payment's state: `ui.confirmation.payment.paid|open|failed`.
 */
export function confirmationPage(
  tr: Translator,
  reference: string,
  cfg: MunicipalityConfig,
  level: number,
  assignmentCode = '',
  payment?: ShownPayment,
) {
  const contact = [cfg.office.email, cfg.office.phone].filter(Boolean).join(', ');
  return html`<div part="confirmation" class="confirmation">
    <div class="panel" role="status">
      <p>${tr.t('ui.confirmation.reference')}</p>
      <p class="reference"><strong>${reference}</strong></p>
      ${
        assignmentCode
          ? html`<p>${tr.t('ui.confirmation.assignmentCode')}</p>
              <p class="reference assignment-code"><strong>${assignmentCode}</strong></p>
              <p>${tr.t('ui.confirmation.assignmentCodeText')}</p>`
          : nothing
      }
      ${
        payment
          ? html`<p>${tr.t('ui.confirmation.payment')}</p>
              <p class="reference"><strong>${formatMoney(payment.amount, tr.lang)}</strong></p>
              ${payment.returned || payment.status === 'paid' ? html`<p>${tr.t(`ui.confirmation.payment.${payment.status}`)}</p>` : nothing}`
          : nothing
      }
    </div>
    ${
      payment && payment.status !== 'paid'
        ? html`${payment.returned ? nothing : html`<p>${tr.t('ui.confirmation.paymentText')}</p>`}
            <p>
              <a part="button-primary" class="button primary pay" href=${payment.url}
                >${tr.t('ui.confirmation.payNow')}</a
              >
            </p>`
        : nothing
    }
    ${
      assignmentCode
        ? html`<p>
            <button part="button" type="button" class="secondary" @click=${() => window.print()}>
              ${tr.t('ui.confirmation.printPage')}
            </button>
          </p>`
        : nothing
    }
    <p>${tr.t('ui.confirmation.print')}</p>
    ${hx(level + 1, tr.t('ui.confirmation.next'))}
    <p>${tr.t('ui.confirmation.nextText', { office: cfg.office.name })}</p>
    ${contact ? html`<p>${tr.t('ui.confirmation.contact', { contact })}</p>` : nothing}
  </div>`;
}

export function configErrorPage(tr: Translator, problems: ConfigProblem[], level: number) {
  return html`<div class="config-error" role="alert">
    ${hx(level, tr.t('ui.config.title'))}
    <p>${tr.t('ui.config.lead')}</p>
    <ul>
      ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
  </div>`;
}

const failureText = (tr: Translator, f: SubmitFailure, office: string): string => {
  switch (f.kind) {
    case 'too-large':
      return tr.t('ui.submit.tooLarge');
    case 'idempotency-mismatch':
      return tr.t('ui.submit.mismatch', { office });
    case 'validation':
      return tr.t('ui.submit.invalid');
    case 'transient':
    case 'aborted':
      return tr.t('ui.submit.failed');
    default:
      return tr.t('ui.submit.rejected', { office });
  }
};

export function submitStatus(
  tr: Translator,
  { sending, retryNote, failure }: { sending: boolean; retryNote: string; failure?: SubmitFailure },
  cfg: MunicipalityConfig,
  retry: () => void,
  download: () => void,
  level: number,
) {
  return html`<div class="status" role="status" aria-live="polite">
      ${sending ? html`<p class="sending">${retryNote || tr.t('ui.submit.sending')}</p>` : nothing}
    </div>
    ${
      failure
        ? html`<div class="submit-failure" tabindex="-1" role="alert">
            ${hx(level + 1, tr.t('ui.submit.failedTitle'))}
            <p>${failureText(tr, failure, cfg.office.name)}</p>
            ${failure.requestId ? html`<p>${tr.t('ui.submit.errorNumber', { id: failure.requestId })}</p>` : nothing}
            <div class="nav">
              ${failure.retryable ? html`<button part="button" type="button" class="secondary" @click=${retry}>${tr.t('ui.submit.retry')}</button>` : nothing}
              <button part="button" type="button" class="secondary" @click=${download}>
                ${tr.t('ui.submit.download')}
              </button>
            </div>
          </div>`
        : nothing
    }`;
}
