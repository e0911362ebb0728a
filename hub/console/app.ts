/**
 * `<komm-console>`: the operator console's page (issue 13), served by the hub at `/admin/` and
 * bundled into `console.js`. Lit like the assistants, rendered into the light DOM so that the
 * one stylesheet `console.css` styles it: the page runs under `default-src 'self'` with no
 * inline style or script. Talks to the hub's JSON API with the session cookie (same origin) and
 * the session's CSRF token in `x-csrf-token` on POST/DELETE.
 */
import {
  LitElement,
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { t, type Key, type Lang } from './messages.js';

type View = 'overview' | 'deliveries' | 'usage';
type Status = 'pending' | 'delivered' | 'dead';

interface Delivery {
  id: number;
  reference: string;
  ags: string;
  assistant: string;
  sink: string;
  status: Status;
  attempts: number;
  lastError: string | null;
}

interface UsageItem {
  ags: string;
  municipality: string | null;
  assistant: string;
  category: string | null;
  submissions: number;
}

interface Overview {
  healthy: boolean;
  pending: number;
  dead: number;
  month: number;
}

interface Answer {
  status: number;
  body: unknown;
}

const API = document.querySelector<HTMLMetaElement>('meta[name="komm-api"]')?.content ?? '/api/v1';
const STATUSES: Status[] = ['pending', 'delivered', 'dead'];
const thisMonth = () => new Date().toISOString().slice(0, 7);

export class KommConsole extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
  };

  static {
    for (const name of [
      'csrf',
      'view',
      'signInError',
      'announcement',
      'overview',
      'deliveries',
      'statusFilter',
      'filter',
      'month',
      'usage',
    ])
      this.createProperty(name, { state: true });
  }

  override lang: Lang = 'de';
  /** The session's CSRF token; '' signed out; undefined while the page asks the hub. */
  csrf: string | undefined = undefined;
  view: View = 'overview';
  signInError = '';
  /** Text of the live region: results and errors are announced there. */
  announcement = '';
  overview: Overview | undefined = undefined;
  deliveries: Delivery[] | undefined = undefined;
  statusFilter: '' | Status = '';
  /** Municipality (AGS), assistant and sink of the deliveries table; '' is any. */
  filter = { ags: '', assistant: '', sink: '' };
  month = thisMonth();
  usage: { month: string; items: UsageItem[] } | undefined = undefined;

  /** Light DOM: styled by console.css (no constructed or inline styles). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#checkSession();
  }

  #t(key: Key, params?: Record<string, string | number>): string {
    return t(this.lang, key, params);
  }

  async #request(method: string, url: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    try {
      const res = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
      return { status: res.status, body: parsed };
    } catch {
      this.announcement = this.#t('error.network');
      return { status: 0, body: null };
    }
  }

  /** An API call of a signed-in page; a 401 means the session is gone: back to the sign-in. */
  async #api(method: string, path: string): Promise<Answer | undefined> {
    const answer = await this.#request(method, `${API}${path}`);
    if (answer.status === 401) {
      this.csrf = '';
      this.signInError = this.#t('signin.expired');
      return undefined;
    }
    return answer;
  }

  async #checkSession(): Promise<void> {
    const answer = await this.#request('GET', '/admin/session');
    this.csrf = answer.status === 200 ? (answer.body as { csrf: string }).csrf : '';
    if (this.csrf) void this.#show(this.view);
  }

  async #signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const token = (form.elements.namedItem('token') as HTMLInputElement).value;
    if (!token) {
      this.signInError = this.#t('signin.empty');
      return;
    }
    const answer = await this.#request('POST', '/admin/session', { token });
    if (answer.status === 200) {
      this.csrf = (answer.body as { csrf: string }).csrf;
      this.signInError = '';
      this.announcement = this.#t('signin.done');
      await this.#show('overview');
    } else if (answer.status === 429) {
      const detail = String((answer.body as { detail?: string } | null)?.detail ?? '');
      this.signInError = this.#t('signin.limited', { s: /(\d+) Sekunden/.exec(detail)?.[1] ?? 60 });
    } else if (answer.status !== 0) {
      this.signInError = this.#t('signin.wrong');
    }
    if (this.signInError) {
      await this.updateComplete;
      this.querySelector<HTMLInputElement>('#token')?.focus();
    }
  }

  async #signOut(): Promise<void> {
    await this.#request('DELETE', '/admin/session');
    this.csrf = '';
    this.overview = this.deliveries = this.usage = undefined;
    this.announcement = this.#t('logout.done');
  }

  async #show(view: View): Promise<void> {
    this.view = view;
    if (view === 'overview') await this.#loadOverview();
    else if (view === 'deliveries') await this.#loadDeliveries();
    else await this.#loadUsage();
  }

  async #navigate(view: View): Promise<void> {
    await this.#show(view);
    await this.updateComplete;
    this.querySelector<HTMLElement>('main h2')?.focus();
  }

  async #loadOverview(): Promise<void> {
    const [health, pending, dead, usage] = await Promise.all([
      this.#request('GET', `${API}/health`),
      this.#api('GET', '/admin/deliveries?status=pending'),
      this.#api('GET', '/admin/deliveries?status=dead'),
      this.#api('GET', `/admin/usage?month=${thisMonth()}`),
    ]);
    if (!pending || !dead || !usage) return;
    const count = (a: Answer) => (a.body as { items?: unknown[] } | null)?.items?.length ?? 0;
    this.overview = {
      healthy: health.status === 200,
      pending: count(pending),
      dead: count(dead),
      month: ((usage.body as { items?: UsageItem[] } | null)?.items ?? []).reduce(
        (sum, i) => sum + i.submissions,
        0,
      ),
    };
  }

  async #loadDeliveries(): Promise<void> {
    const query = new URLSearchParams();
    if (this.statusFilter) query.set('status', this.statusFilter);
    if (this.filter.ags) query.set('ags', this.filter.ags);
    if (this.filter.assistant) query.set('assistant', this.filter.assistant);
    const answer = await this.#api('GET', `/admin/deliveries?${query}`);
    if (answer?.status !== 200) return;
    const { sink } = this.filter;
    // The API filters by status, AGS and assistant; the sink is filtered here.
    this.deliveries = (answer.body as { items: Delivery[] }).items.filter(
      (d) => !sink || d.sink === sink,
    );
    this.announcement = this.#t('deliveries.count', { n: this.deliveries.length });
  }

  async #retry(d: Delivery): Promise<void> {
    const answer = await this.#api('POST', `/admin/deliveries/${d.id}/retry`);
    if (!answer) return;
    const detail = String((answer.body as { detail?: string } | null)?.detail ?? answer.status);
    await this.#loadDeliveries();
    this.announcement =
      answer.status === 202
        ? this.#t('retry.done', { id: d.id })
        : this.#t('retry.failed', { id: d.id, detail });
  }

  /** After an outage: every failed delivery to the filtered sink, one retry after the other. */
  async #retryAll(sink: string, dead: Delivery[]): Promise<void> {
    let started = 0;
    for (const d of dead) {
      const answer = await this.#api('POST', `/admin/deliveries/${d.id}/retry`);
      if (!answer) return;
      if (answer.status === 202) started++;
    }
    await this.#loadDeliveries();
    this.announcement = this.#t('retryAll.done', { n: started, of: dead.length, sink });
  }

  async #loadUsage(): Promise<void> {
    const month = this.month;
    const answer = await this.#api('GET', `/admin/usage?month=${encodeURIComponent(month)}`);
    if (!answer) return;
    if (answer.status !== 200) {
      this.announcement = String((answer.body as { detail?: string } | null)?.detail ?? '');
      return;
    }
    const items = (answer.body as { items: UsageItem[] }).items;
    this.usage = { month, items };
    const n = items.reduce((sum, i) => sum + i.submissions, 0);
    this.announcement = this.#t('usage.count', { n, month });
  }

  #switchLang(): void {
    this.lang = this.lang === 'de' ? 'en' : 'de';
    document.documentElement.lang = this.lang;
  }

  protected override render(): TemplateResult {
    const other: Lang = this.lang === 'de' ? 'en' : 'de';
    return html`
      <header class="bar">
        <p class="brand">${this.#t('title')} <span>${this.#t('subtitle')}</span></p>
        <button type="button" class="link" lang=${other} @click=${this.#switchLang}>
          ${this.#t('switchLang')}
        </button>
        ${
          this.csrf
            ? html`<button type="button" class="secondary" @click=${this.#signOut}>
                ${this.#t('logout')}
              </button>`
            : nothing
        }
      </header>
      ${
        this.csrf === undefined
          ? html`<main><p>${this.#t('loading')}</p></main>`
          : this.csrf
            ? this.#signedIn()
            : this.#signInForm()
      }
      <p class="announcement" role="status" aria-live="polite">${this.announcement}</p>
    `;
  }

  #signInForm(): TemplateResult {
    const error = this.signInError;
    return html`<main>
      <h1>${this.#t('signin.heading')}</h1>
      <p>${this.#t('signin.intro')}</p>
      <form class="signin" method="post" action="/admin/session" novalidate @submit=${this.#signIn}>
        <label for="token">${this.#t('signin.label')}</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="current-password"
          required
          aria-invalid=${error && error !== this.#t('signin.expired') ? 'true' : 'false'}
          aria-describedby=${error ? 'token-error' : nothing}
        />
        ${error ? html`<p id="token-error" class="error" role="alert">${error}</p>` : nothing}
        <button type="submit">${this.#t('signin.submit')}</button>
      </form>
    </main>`;
  }

  #signedIn(): TemplateResult {
    const tab = (view: View) =>
      html`<li>
        <button
          type="button"
          class="tab"
          aria-current=${this.view === view ? 'page' : 'false'}
          @click=${() => this.#navigate(view)}
        >
          ${this.#t(`nav.${view}`)}
        </button>
      </li>`;
    return html`<nav aria-label=${this.#t('nav')}>
        <ul>
          ${tab('overview')} ${tab('deliveries')} ${tab('usage')}
        </ul>
      </nav>
      <main>
        <h1 class="visually-hidden">${this.#t('title')}</h1>
        ${
          this.view === 'overview'
            ? this.#overviewView()
            : this.view === 'deliveries'
              ? this.#deliveriesView()
              : this.#usageView()
        }
      </main>`;
  }

  #overviewView(): TemplateResult {
    const o = this.overview;
    return html`<h2 tabindex="-1">${this.#t('nav.overview')}</h2>
      ${
        o
          ? html`<dl class="cards">
              <div>
                <dt>${this.#t('overview.health')}</dt>
                <dd class=${o.healthy ? 'ok' : 'bad'}>
                  ${this.#t(o.healthy ? 'overview.ok' : 'overview.down')}
                </dd>
              </div>
              <div>
                <dt>${this.#t('overview.pending')}</dt>
                <dd>${o.pending}</dd>
              </div>
              <div>
                <dt>${this.#t('overview.dead')}</dt>
                <dd class=${o.dead ? 'bad' : ''}>${o.dead}</dd>
              </div>
              <div>
                <dt>${this.#t('overview.month')}</dt>
                <dd>${o.month}</dd>
              </div>
            </dl>`
          : html`<p>${this.#t('loading')}</p>`
      }`;
  }

  #deliveriesView(): TemplateResult {
    const list = this.deliveries;
    return html`<h2 tabindex="-1">${this.#t('nav.deliveries')}</h2>
      <form
        class="filters"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const form = e.target as HTMLFormElement;
          const value = (name: string) =>
            (form.elements.namedItem(name) as HTMLInputElement).value.trim();
          this.filter = { ags: value('ags'), assistant: value('assistant'), sink: value('sink') };
          void this.#loadDeliveries();
        }}
      >
        <div>
          <label for="status-filter">${this.#t('deliveries.filter')}</label>
          <select
            id="status-filter"
            @change=${(e: Event) => {
              this.statusFilter = (e.target as HTMLSelectElement).value as '' | Status;
              void this.#loadDeliveries();
            }}
          >
            <option value="" ?selected=${this.statusFilter === ''}>
              ${this.#t('deliveries.all')}
            </option>
            ${STATUSES.map(
              (s) =>
                html`<option value=${s} ?selected=${this.statusFilter === s}>
                  ${this.#t(`status.${s}`)}
                </option>`,
            )}
          </select>
        </div>
        <div>
          <label for="filter-ags">${this.#t('col.ags')}</label>
          <input id="filter-ags" name="ags" inputmode="numeric" .value=${this.filter.ags} />
        </div>
        <div>
          <label for="filter-assistant">${this.#t('col.assistant')}</label>
          <input id="filter-assistant" name="assistant" .value=${this.filter.assistant} />
        </div>
        <div>
          <label for="filter-sink">${this.#t('col.sink')}</label>
          <input id="filter-sink" name="sink" .value=${this.filter.sink} />
        </div>
        <button type="submit">${this.#t('deliveries.apply')}</button>
      </form>
      ${
        !list
          ? html`<p>${this.#t('loading')}</p>`
          : list.length === 0
            ? html`<p>${this.#t('deliveries.none')}</p>`
            : html`${this.#bulkRetry(list)}
                <div class="scroll">
                  <table>
                    <caption class="visually-hidden">
                      ${this.#t('nav.deliveries')}
                    </caption>
                    <thead>
                      <tr>
                        ${(
                          [
                            'col.id',
                            'col.reference',
                            'col.ags',
                            'col.assistant',
                            'col.sink',
                            'col.status',
                            'col.attempts',
                            'col.error',
                            'col.action',
                          ] as const
                        ).map((k) => html`<th scope="col">${this.#t(k)}</th>`)}
                      </tr>
                    </thead>
                    <tbody>
                      ${list.map(
                        (d) =>
                          html`<tr class=${d.status}>
                            <td>${d.id}</td>
                            <th scope="row">${d.reference}</th>
                            <td>${d.ags}</td>
                            <td>${d.assistant}</td>
                            <td>${d.sink}</td>
                            <td>${this.#t(`status.${d.status}`)}</td>
                            <td>${d.attempts}</td>
                            <td class="error-text">${d.lastError ?? ''}</td>
                            <td>
                              ${
                                d.status === 'dead'
                                  ? html`<button
                                      type="button"
                                      aria-label=${this.#t('retry.label', { id: d.id, ref: d.reference })}
                                      @click=${() => this.#retry(d)}
                                    >
                                      ${this.#t('retry')}
                                    </button>`
                                  : nothing
                              }
                            </td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
      }`;
  }

  #usageView(): TemplateResult {
    const usage = this.usage;
    const total = usage?.items.reduce((sum, i) => sum + i.submissions, 0) ?? 0;
    return html`<h2 tabindex="-1">${this.#t('nav.usage')}</h2>
      <form
        class="filters"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          void this.#loadUsage();
        }}
      >
        <div>
          <label for="month">${this.#t('usage.month')}</label>
          <input
            id="month"
            name="month"
            type="month"
            required
            .value=${this.month}
            @change=${(e: Event) => (this.month = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit">${this.#t('usage.show')}</button>
      </form>
      ${
        !usage
          ? html`<p>${this.#t('loading')}</p>`
          : html`<p>
                <a
                  class="download"
                  href=${`${API}/admin/usage?month=${encodeURIComponent(usage.month)}&format=csv`}
                  download=${`nutzung-${usage.month}.csv`}
                  >${this.#t('usage.csv')}</a
                >
              </p>
              ${
                usage.items.length === 0
                  ? html`<p>${this.#t('usage.none')}</p>`
                  : html`${this.#chart(usage.items)}
                      <div class="scroll">
                        <table>
                          <caption>
                            ${this.#t('usage.caption', { month: usage.month })}
                          </caption>
                          <thead>
                            <tr>
                              <th scope="col">${this.#t('col.municipality')}</th>
                              <th scope="col">${this.#t('col.ags')}</th>
                              <th scope="col">${this.#t('col.assistant')}</th>
                              <th scope="col">${this.#t('col.category')}</th>
                              <th scope="col" class="num">${this.#t('col.submissions')}</th>
                            </tr>
                          </thead>
                          <tbody>
                            ${usage.items.map(
                              (i) =>
                                html`<tr>
                                  <th scope="row">${i.municipality ?? i.ags}</th>
                                  <td>${i.ags}</td>
                                  <td>${i.assistant}</td>
                                  <td>${i.category ?? ''}</td>
                                  <td class="num">${i.submissions}</td>
                                </tr>`,
                            )}
                          </tbody>
                          <tfoot>
                            <tr>
                              <th scope="row" colspan="4">${this.#t('total')}</th>
                              <td class="num">${total}</td>
                            </tr>
                          </tfoot>
                        </table>
                      </div>`
              }`
      }`;
  }

  /** "Retry all failed to this sink": only when the table is filtered to one sink. */
  #bulkRetry(list: Delivery[]): TemplateResult | typeof nothing {
    const { sink } = this.filter;
    const dead = list.filter((d) => d.status === 'dead');
    if (!sink || dead.length < 2) return nothing;
    return html`<p>
      <button type="button" class="secondary" @click=${() => this.#retryAll(sink, dead)}>
        ${this.#t('retryAll', { n: dead.length, sink })}
      </button>
    </p>`;
  }

  /**
   * Bars per municipality × assistant. Hidden from assistive technology: the table below has
   * the same numbers and is the chart's text alternative (the caption says so).
   */
  #chart(items: UsageItem[]): TemplateResult {
    const max = Math.max(1, ...items.map((i) => i.submissions));
    const row = 40;
    const width = (i: UsageItem) => Math.max(2, (520 * i.submissions) / max);
    return html`<figure class="chart">
      <svg aria-hidden="true" focusable="false" viewBox=${`0 0 640 ${items.length * row}`}>
        ${items.map(
          (i, n) =>
            svg`<text x="0" y=${n * row + 13} class="label">${i.municipality ?? i.ags} · ${i.assistant}</text>
              <rect x="0" y=${n * row + 18} height="16" width=${width(i)} class="bar"></rect>
              <text x=${width(i) + 6} y=${n * row + 31} class="value">${i.submissions}</text>`,
        )}
      </svg>
      <figcaption>${this.#t('usage.chart')}</figcaption>
    </figure>`;
  }
}

customElements.define('komm-console', KommConsole);
