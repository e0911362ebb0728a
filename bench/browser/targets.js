// Where the in-page probe (probe.js) finds each marker, per page kind (`window.__benchKind`).
// The expected texts are checked by the probe, so a selector only has to name the element.
(() => {
  const last = (list) => (list.length ? list[list.length - 1] : null);
  const ours = () => document.querySelector('komm-hundesteuer')?.shadowRoot ?? null;
  const kinds = {
    ours: {
      // The question's legend, the step heading, the last label of the step, the error summary.
      firstQuestion: () => ours()?.querySelector('fieldset legend') ?? null,
      nextHeading: () => ours()?.querySelector('#step-title') ?? null,
      nextLastQuestion: () => last(ours()?.querySelectorAll('form label, form legend') ?? []),
      error: () => ours()?.querySelector('.error-summary') ?? null,
    },
    surveyjs: {
      firstQuestion: () => document.querySelector('.sd-question__title'),
      nextHeading: () => document.querySelector('.sd-page__title'),
      nextLastQuestion: () => last(document.querySelectorAll('.sd-question__title')),
      error: () => document.querySelector('.sd-question__erbox'),
    },
    floor: {
      firstQuestion: () =>
        document.querySelector('bench-floor')?.shadowRoot?.querySelector('legend') ?? null,
    },
  };
  // The same element with step 1 pre-rendered in the page (declarative shadow root).
  kinds.prerendered = kinds.ours;
  window.__benchTargets = kinds[window.__benchKind];
})();
