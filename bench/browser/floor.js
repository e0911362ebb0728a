// The floor of "first render": an element that only fetches its config (and parses it) and then
// shows the first question as plain DOM. Whatever our element takes beyond this is its own work.
customElements.define(
  'bench-floor',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      fetch(this.getAttribute('config-src'))
        .then((r) => r.json())
        .then((config) => {
          const label = window.__benchTexts?.firstQuestion ?? 'question';
          root.innerHTML = `<h2>${config.municipality.name}</h2><fieldset><legend></legend></fieldset>`;
          root.querySelector('legend').textContent = label;
        });
    }
  },
);
