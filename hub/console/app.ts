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

type View = 'overview' | 'deliveries' | 'usage' | 'application' | 'audit' | 'flows';
const VIEWS: View[] = ['overview', 'deliveries', 'usage', 'application', 'audit', 'flows'];
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
  deliveredAt?: string | null;
}

interface UsageItem {
  ags: string;
  municipality: string | null;
  assistant: string;
  category: string | null;
  submissions: number;
}

/** `GET /admin/overview` (routes/admin.ts) and whether `/health` answered. */
interface Overview {
  healthy: boolean;
  store: { kind: string; location: string; reachable: boolean; error?: string };
  queue: {
    pending: number;
    dead: number;
    oldestPendingAt: string | null;
    oldestPendingAgeSeconds: number | null;
  } | null;
  purge: {
    lastRunAt: string | null;
    purged: number | null;
    held: number | null;
    error?: string;
    nextDueAt: string | null;
  };
  applications: { day: string; today: number; month: string; thisMonth: number } | null;
}

interface Application {
  reference: string;
  receivedAt: string;
  envelope: unknown;
  purgedAt?: string;
  deliveries: Delivery[];
}

interface AuditItem {
  id: number;
  at: string;
  action: 'access' | 'erasure' | 'purge';
  reference: string;
  actor: string;
  outcome: string;
}

type SinkSetting = { name: string; value?: string; set?: true; fromEnv?: boolean };

interface FlowsAnswer {
  source: string | null;
  defaultRetentionDays: number;
  sinks: { name: string; type: string; builtin: boolean; settings: SinkSetting[] }[];
  municipalities: {
    ags: string;
    name: string;
    flows: { assistant: string; category: string | null; sinks: string[]; retentionDays: number }[];
  }[];
}

type Direction = 'ascending' | 'descending';
type Cell = string | number | null | undefined;

/** A column of a table: its header, sortable when it has a `key`; `cls` on the header cell. */
interface Column {
  label: string;
  key?: string;
  cls?: string;
}
const col = (label: string, key?: string, cls?: string): Column => ({ label, key, cls });

/** A table of the console (see `#table`). */
interface TableSpec<T> {
  /** Names the table's sort order in `sorts`. */
  name: string;
  /** The id of the label above the table, which names its scroll region. */
  id: string;
  /** That label, and the table's caption. */
  caption: string;
  /** The label above the table visible (default), or for screen readers only. */
  showLabel?: boolean;
  columns: Column[];
  rows: readonly T[];
  /** A row's value in the column with `key`, to sort by. */
  sortValue: (row: T, key: string) => Cell;
  row: (row: T) => TemplateResult;
  /** The rows of a `<tfoot>`. */
  foot?: TemplateResult;
  /** Said instead of the table when there are no rows (without it: the empty table). */
  empty?: string;
}

interface Answer {
  status: number;
  body: unknown;
}

const API = document.querySelector<HTMLMetaElement>('meta[name="komm-api"]')?.content ?? '/api/v1';
const STATUSES: Status[] = ['pending', 'delivered', 'dead'];
const AUDIT_PAGE = 50;
const AUDIT_ACTIONS = ['access', 'erasure', 'purge'] as const;
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
      'sorts',
      'lookupError',
      'application',
      'confirming',
      'erased',
      'audit',
      'auditFilter',
      'flows',
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
  /** Sorted column per table; a table not in here keeps the API's order. */
  sorts: Record<string, { key: string; dir: Direction }> = {};
  lookupError = '';
  /** The application looked up by reference (Art. 15); dropped on leaving the view. */
  application: Application | undefined = undefined;
  /** The erase confirmation is open. */
  confirming = false;
  erased = '';
  audit: { items: AuditItem[]; total: number; offset: number } | undefined = undefined;
  auditFilter = { action: '', reference: '' };
  flows: FlowsAnswer | undefined = undefined;

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
    if (answer.status === 0) return undefined;
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
    this.overview = this.deliveries = this.usage = this.audit = this.flows = undefined;
    this.application = undefined;
    this.confirming = false;
    this.announcement = this.#t('logout.done');
  }

  async #show(view: View): Promise<void> {
    if (view !== this.view) {
      // Personal data of a looked-up application stays in the page no longer than its view.
      this.application = undefined;
      this.confirming = false;
      this.erased = this.lookupError = '';
    }
    this.view = view;
    if (view === 'overview') await this.#loadOverview();
    else if (view === 'deliveries') await this.#loadDeliveries();
    else if (view === 'usage') await this.#loadUsage();
    else if (view === 'audit') await this.#loadAudit(this.audit?.offset ?? 0);
    else if (view === 'flows') await this.#loadFlows();
  }

  async #navigate(view: View): Promise<void> {
    this.announcement = '';
    await this.#show(view);
    await this.updateComplete;
    this.querySelector<HTMLElement>('main h2')?.focus();
  }

  async #loadOverview(): Promise<void> {
    const [health, overview] = await Promise.all([
      this.#request('GET', `${API}/health`),
      this.#api('GET', '/admin/overview'),
    ]);
    if (overview?.status !== 200) return;
    this.overview = {
      ...(overview.body as Omit<Overview, 'healthy'>),
      healthy: health.status === 200,
    };
  }

  async #lookup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem(
      'reference',
    ) as HTMLInputElement;
    const reference = input.value.trim();
    this.application = undefined;
    this.confirming = false;
    this.erased = '';
    this.lookupError = reference ? '' : this.#t('application.empty');
    if (reference) {
      const answer = await this.#api('GET', `/admin/submissions/${encodeURIComponent(reference)}`);
      if (!answer) return;
      if (answer.status === 200) {
        this.application = answer.body as Application;
        this.announcement = this.#t('application.heading', { ref: this.application.reference });
        return;
      }
      this.lookupError =
        answer.status === 404
          ? this.#t('application.notFound')
          : String((answer.body as { detail?: string } | null)?.detail ?? answer.status);
    }
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('#lookup-reference')?.focus();
  }

  async #askErase(): Promise<void> {
    this.confirming = true;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#confirm-heading')?.focus();
  }

  async #cancelErase(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#erase')?.focus();
  }

  async #erase(reference: string): Promise<void> {
    const answer = await this.#api('DELETE', `/admin/submissions/${encodeURIComponent(reference)}`);
    if (!answer) return;
    this.confirming = false;
    if (answer.status !== 200) {
      const detail = String((answer.body as { detail?: string } | null)?.detail ?? answer.status);
      this.erased = this.#t('application.eraseFailed', { detail });
    } else {
      const out = answer.body as {
        alreadyPurged: boolean;
        deleted: { files: string[]; closedDeliveries: number };
      };
      this.erased = out.alreadyPurged
        ? this.#t('application.alreadyErased', { ref: reference })
        : this.#t('application.erased', {
            ref: reference,
            files: out.deleted.files.length,
            closed: out.deleted.closedDeliveries,
          });
      // What the page held of the application goes too.
      if (this.application)
        this.application = {
          ...this.application,
          envelope: null,
          purgedAt: this.application.purgedAt ?? new Date().toISOString(),
          deliveries: this.application.deliveries.map((d) =>
            d.status === 'pending' ? { ...d, status: 'dead' } : d,
          ),
        };
    }
    this.announcement = this.erased;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#erase-result')?.focus();
  }

  async #loadAudit(offset: number): Promise<void> {
    const query = new URLSearchParams({ limit: String(AUDIT_PAGE), offset: String(offset) });
    if (this.auditFilter.action) query.set('action', this.auditFilter.action);
    if (this.auditFilter.reference) query.set('reference', this.auditFilter.reference);
    const answer = await this.#api('GET', `/admin/audit?${query}`);
    if (answer?.status !== 200) {
      if (answer)
        this.announcement = String((answer.body as { detail?: string } | null)?.detail ?? '');
      return;
    }
    const body = answer.body as { items: AuditItem[]; total: number; offset: number };
    this.audit = { items: body.items, total: body.total, offset: body.offset };
    this.announcement = this.#t('audit.count', { n: body.total });
  }

  async #loadFlows(): Promise<void> {
    const answer = await this.#api('GET', '/admin/flows');
    if (answer?.status === 200) this.flows = answer.body as FlowsAnswer;
  }

  #sortBy(table: string, key: string, label: string): void {
    const current = this.sorts[table];
    const dir: Direction =
      current?.key === key && current.dir === 'ascending' ? 'descending' : 'ascending';
    this.sorts = { ...this.sorts, [table]: { key, dir } };
    this.announcement = this.#t('sort.by', { col: label, dir: this.#t(`sort.${dir}`) });
  }

  /** A column header; with `key` a sort button and `aria-sort` on the sorted column. */
  #th(table: string, label: string, key?: string, cls = ''): TemplateResult {
    if (!key) return html`<th scope="col" class=${cls || nothing}>${label}</th>`;
    const sort = this.sorts[table];
    const dir = sort?.key === key ? sort.dir : undefined;
    return html`<th scope="col" class=${cls || nothing} aria-sort=${dir ?? nothing}>
      <button type="button" class="sort" @click=${() => this.#sortBy(table, key, label)}>
        ${label}<span class="arrow" aria-hidden="true"
          >${dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'}</span
        >
      </button>
    </th>`;
  }

  /** `rows` in the table's sort order (numbers as numbers, text by the page's language). */
  #sorted<T>(table: string, rows: readonly T[], cell: (row: T, key: string) => Cell): T[] {
    const sort = this.sorts[table];
    if (!sort) return [...rows];
    const sign = sort.dir === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(this.lang, { numeric: true });
    return [...rows].sort((a, b) => {
      const x = cell(a, sort.key) ?? '';
      const y = cell(b, sort.key) ?? '';
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return sign * order;
    });
  }

  /**
   * A sortable table (header buttons, `aria-sort`), captioned, in its own scroll region (narrow
   * screens): focusable and named by the label above it, which wraps at the screen's width (the
   * table's caption, the same text, would scroll away). With `empty`, a sentence instead when
   * there are no rows.
   */
  #table<T>(t: TableSpec<T>): TemplateResult {
    if (t.empty !== undefined && t.rows.length === 0) return html`<p>${t.empty}</p>`;
    const labelClass = t.showLabel === false ? 'visually-hidden' : 'caption';
    return html`<p id=${t.id} class=${labelClass}>${t.caption}</p>
      <div class="scroll" role="region" tabindex="0" aria-labelledby=${t.id}>
        <table>
          <caption class="visually-hidden">
            ${t.caption}
          </caption>
          <thead>
            <tr>
              ${t.columns.map((c) => this.#th(t.name, c.label, c.key, c.cls))}
            </tr>
          </thead>
          <tbody>
            ${this.#sorted(t.name, t.rows, t.sortValue).map(t.row)}
          </tbody>
          ${
            t.foot
              ? html`<tfoot>
                  ${t.foot}
                </tfoot>`
              : nothing
          }
        </table>
      </div>`;
  }

  #time(iso: string | null | undefined): string {
    if (!iso) return '';
    return new Intl.DateTimeFormat(this.lang === 'de' ? 'de-DE' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'medium',
    }).format(new Date(iso));
  }

  #age(seconds: number): string {
    if (seconds < 120) return this.#t('age.s', { n: seconds });
    if (seconds < 2 * 3600) return this.#t('age.m', { n: Math.floor(seconds / 60) });
    if (seconds < 2 * 86400) return this.#t('age.h', { n: Math.floor(seconds / 3600) });
    return this.#t('age.d', { n: Math.floor(seconds / 86400) });
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
          ${VIEWS.map(tab)}
        </ul>
      </nav>
      <main>
        <h1 class="visually-hidden">${this.#t('title')}</h1>
        ${{
          overview: () => this.#overviewView(),
          deliveries: () => this.#deliveriesView(),
          usage: () => this.#usageView(),
          application: () => this.#applicationView(),
          audit: () => this.#auditView(),
          flows: () => this.#flowsView(),
        }[this.view]()}
      </main>`;
  }

  #overviewView(): TemplateResult {
    const o = this.overview;
    if (!o)
      return html`<h2 tabindex="-1">${this.#t('nav.overview')}</h2>
        <p>${this.#t('loading')}</p>`;
    const item = (label: string, value: unknown, cls = '') =>
      html`<div>
        <dt>${label}</dt>
        <dd class=${cls || nothing}>${value}</dd>
      </div>`;
    const { store, queue, purge, applications } = o;
    return html`<h2 tabindex="-1">${this.#t('nav.overview')}</h2>
      <dl class="cards">
        ${item(
          this.#t('overview.health'),
          this.#t(o.healthy ? 'overview.ok' : 'overview.down'),
          o.healthy ? 'ok' : 'bad',
        )}
        ${item(this.#t('overview.today'), applications?.today ?? '–')}
        ${item(this.#t('overview.month'), applications?.thisMonth ?? '–')}
      </dl>
      <div class="groups">
        <section aria-labelledby="overview-store">
          <h3 id="overview-store">${this.#t('overview.store')}</h3>
          <dl class="facts">
            ${item(this.#t('overview.storeKind'), store.kind === 'sqlite' ? 'SQLite' : store.kind)}
            ${item(this.#t('overview.storeLocation'), store.location)}
            ${item(
              this.#t('overview.reachable'),
              store.reachable
                ? this.#t('overview.yes')
                : this.#t('overview.no', { error: store.error ?? '' }),
              store.reachable ? 'ok' : 'bad',
            )}
          </dl>
        </section>
        <section aria-labelledby="overview-queue">
          <h3 id="overview-queue">${this.#t('overview.queue')}</h3>
          <dl class="facts">
            ${item(this.#t('overview.pending'), queue?.pending ?? '–')}
            ${item(this.#t('overview.dead'), queue?.dead ?? '–', queue?.dead ? 'bad' : '')}
            ${item(
              this.#t('overview.oldest'),
              queue?.oldestPendingAgeSeconds == null
                ? this.#t('overview.none')
                : this.#age(queue.oldestPendingAgeSeconds),
            )}
          </dl>
        </section>
        <section aria-labelledby="overview-purge">
          <h3 id="overview-purge">${this.#t('overview.purge')}</h3>
          <dl class="facts">
            ${item(
              this.#t('overview.lastRun'),
              purge.lastRunAt ? this.#time(purge.lastRunAt) : this.#t('overview.notRun'),
            )}
            ${item(this.#t('overview.purged'), purge.purged ?? '–')}
            ${item(this.#t('overview.held'), purge.held ?? '–', purge.held ? 'bad' : '')}
            ${item(this.#t('overview.nextRun'), this.#time(purge.nextDueAt) || '–')}
          </dl>
          ${
            purge.error
              ? html`<p class="error">${this.#t('overview.purgeError', { error: purge.error })}</p>`
              : nothing
          }
        </section>
      </div>
      <p class="note">${this.#t('overview.utc')}</p>`;
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
          : html`${this.#bulkRetry(list)}
            ${this.#table({
              name: 'deliveries',
              id: 'deliveries-caption',
              caption: this.#t('nav.deliveries'),
              showLabel: false,
              empty: this.#t('deliveries.none'),
              columns: [
                col(this.#t('col.id'), 'id', 'num'),
                col(this.#t('col.reference'), 'reference'),
                col(this.#t('col.ags'), 'ags'),
                col(this.#t('col.assistant'), 'assistant'),
                col(this.#t('col.sink'), 'sink'),
                col(this.#t('col.status'), 'status'),
                col(this.#t('col.attempts'), 'attempts', 'num'),
                col(this.#t('col.error')),
                col(this.#t('col.action')),
              ],
              rows: list,
              sortValue: (d, k) =>
                k === 'status' ? this.#t(`status.${d.status}`) : d[k as keyof Delivery],
              row: (d) =>
                html`<tr class=${d.status}>
                  <td class="num">${d.id}</td>
                  <th scope="row">${d.reference}</th>
                  <td>${d.ags}</td>
                  <td>${d.assistant}</td>
                  <td>${d.sink}</td>
                  <td>${this.#t(`status.${d.status}`)}</td>
                  <td class="num">${d.attempts}</td>
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
            })}`
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
              ${usage.items.length ? this.#chart(usage.items) : nothing}
              ${this.#table({
                name: 'usage',
                id: 'usage-caption',
                caption: this.#t('usage.caption', { month: usage.month }),
                empty: this.#t('usage.none'),
                columns: [
                  col(this.#t('col.municipality'), 'municipality'),
                  col(this.#t('col.ags'), 'ags'),
                  col(this.#t('col.assistant'), 'assistant'),
                  col(this.#t('col.category'), 'category'),
                  col(this.#t('col.submissions'), 'submissions', 'num'),
                ],
                rows: usage.items,
                sortValue: (i, k) =>
                  k === 'municipality' ? (i.municipality ?? i.ags) : i[k as keyof UsageItem],
                row: (i) =>
                  html`<tr>
                    <th scope="row">${i.municipality ?? i.ags}</th>
                    <td>${i.ags}</td>
                    <td>${i.assistant}</td>
                    <td>${i.category ?? ''}</td>
                    <td class="num">${i.submissions}</td>
                  </tr>`,
                foot: html`<tr>
                  <th scope="row" colspan="4">${this.#t('total')}</th>
                  <td class="num">${total}</td>
                </tr>`,
              })}`
      }`;
  }

  #applicationView(): TemplateResult {
    const a = this.application;
    const error = this.lookupError;
    return html`<h2 tabindex="-1">${this.#t('nav.application')}</h2>
      <p>${this.#t('application.intro')}</p>
      <form class="filters" novalidate @submit=${this.#lookup}>
        <div>
          <label for="lookup-reference">${this.#t('application.reference')}</label>
          <p id="lookup-hint" class="hint">${this.#t('application.hint')}</p>
          <input
            id="lookup-reference"
            name="reference"
            autocomplete="off"
            spellcheck="false"
            required
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'lookup-hint lookup-error' : 'lookup-hint'}
          />
          ${error ? html`<p id="lookup-error" class="error" role="alert">${error}</p>` : nothing}
        </div>
        <button type="submit">${this.#t('application.show')}</button>
      </form>
      ${a ? this.#applicationDetails(a) : nothing}`;
  }

  #applicationDetails(a: Application): TemplateResult {
    return html`<section class="record" aria-labelledby="application-heading">
      <h3 id="application-heading">${this.#t('application.heading', { ref: a.reference })}</h3>
      <dl class="facts">
        <div>
          <dt>${this.#t('application.receivedAt')}</dt>
          <dd>${this.#time(a.receivedAt)}</dd>
        </div>
        <div>
          <dt>${this.#t('application.state')}</dt>
          <dd>
            ${
              a.purgedAt
                ? this.#t('application.purged', { at: this.#time(a.purgedAt) })
                : this.#t('application.stored')
            }
          </dd>
        </div>
      </dl>
      ${
        this.erased
          ? html`<p id="erase-result" class="result" tabindex="-1">${this.erased}</p>`
          : nothing
      }
      <h4>${this.#t('application.data')}</h4>
      ${
        a.envelope === null
          ? html`<p>${this.#t('application.dataGone')}</p>`
          : html`<pre
              class="envelope"
              role="region"
              tabindex="0"
              aria-label=${this.#t('application.data')}
            >
${JSON.stringify(a.envelope, null, 2)}</pre>`
      }
      ${this.#table({
        name: 'record',
        id: 'application-deliveries',
        caption: this.#t('application.deliveries'),
        columns: [
          col(this.#t('col.sink'), 'sink'),
          col(this.#t('col.status'), 'status'),
          col(this.#t('col.attempts'), 'attempts', 'num'),
          col(this.#t('col.deliveredAt'), 'deliveredAt'),
          col(this.#t('col.error')),
        ],
        rows: a.deliveries,
        sortValue: (d, k) =>
          k === 'status' ? this.#t(`status.${d.status}`) : d[k as keyof Delivery],
        row: (d) =>
          html`<tr class=${d.status}>
            <th scope="row">${d.sink}</th>
            <td>${this.#t(`status.${d.status}`)}</td>
            <td class="num">${d.attempts}</td>
            <td>${this.#time(d.deliveredAt)}</td>
            <td class="error-text">${d.lastError ?? ''}</td>
          </tr>`,
      })}
      ${
        a.envelope === null
          ? nothing
          : this.confirming
            ? html`<div class="confirm" role="group" aria-labelledby="confirm-heading">
                <h4 id="confirm-heading" tabindex="-1">
                  ${this.#t('application.confirmHeading', { ref: a.reference })}
                </h4>
                <p>${this.#t('application.confirmText')}</p>
                <div class="buttons">
                  <button type="button" class="danger" @click=${() => this.#erase(a.reference)}>
                    ${this.#t('application.confirm')}
                  </button>
                  <button type="button" class="secondary" @click=${this.#cancelErase}>
                    ${this.#t('application.cancel')}
                  </button>
                </div>
              </div>`
            : html`<p>
                <button id="erase" type="button" class="danger-outline" @click=${this.#askErase}>
                  ${this.#t('application.erase')}
                </button>
              </p>`
      }
    </section>`;
  }

  #auditView(): TemplateResult {
    const audit = this.audit;
    const actionLabel = (a: string) =>
      (AUDIT_ACTIONS as readonly string[]).includes(a)
        ? this.#t(`audit.${a as AuditItem['action']}`)
        : a;
    const actor = (a: string) =>
      a === 'purge-job'
        ? this.#t('actor.job')
        : a.startsWith('admin-token:')
          ? this.#t('actor.token', { id: a.slice('admin-token:'.length) })
          : a;
    const outcome = (o: string) => {
      const files = /^purged, (\d+) file\(s\)$/.exec(o);
      if (files) return this.#t('outcome.purged', { n: files[1]! });
      return o === 'shown'
        ? this.#t('outcome.shown')
        : o === 'purged: no envelope'
          ? this.#t('outcome.noEnvelope')
          : o === 'already purged'
            ? this.#t('outcome.already')
            : o;
    };
    return html`<h2 tabindex="-1">${this.#t('nav.audit')}</h2>
      <p>${this.#t('audit.intro')}</p>
      <form
        class="filters"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const form = e.target as HTMLFormElement;
          const value = (name: string) =>
            (form.elements.namedItem(name) as HTMLInputElement).value.trim();
          this.auditFilter = { action: value('action'), reference: value('reference') };
          void this.#loadAudit(0);
        }}
      >
        <div>
          <label for="audit-action">${this.#t('audit.action')}</label>
          <select id="audit-action" name="action">
            <option value="" ?selected=${this.auditFilter.action === ''}>
              ${this.#t('audit.all')}
            </option>
            ${AUDIT_ACTIONS.map(
              (a) =>
                html`<option value=${a} ?selected=${this.auditFilter.action === a}>
                  ${actionLabel(a)}
                </option>`,
            )}
          </select>
        </div>
        <div>
          <label for="audit-reference">${this.#t('col.reference')}</label>
          <input
            id="audit-reference"
            name="reference"
            autocomplete="off"
            spellcheck="false"
            .value=${this.auditFilter.reference}
          />
        </div>
        <button type="submit">${this.#t('deliveries.apply')}</button>
      </form>
      ${
        !audit
          ? html`<p>${this.#t('loading')}</p>`
          : html`${this.#table({
              name: 'audit',
              id: 'audit-caption',
              caption: this.#t('audit.caption', {
                from: audit.offset + 1,
                to: audit.offset + audit.items.length,
                total: audit.total,
              }),
              empty: this.#t('audit.none'),
              columns: [
                col(this.#t('col.at'), 'at'),
                col(this.#t('audit.action'), 'action'),
                col(this.#t('col.reference'), 'reference'),
                col(this.#t('col.actor'), 'actor'),
                col(this.#t('col.outcome')),
              ],
              rows: audit.items,
              sortValue: (i, k) =>
                k === 'action' ? actionLabel(i.action) : i[k as keyof AuditItem],
              row: (i) =>
                html`<tr>
                  <td><time datetime=${i.at}>${this.#time(i.at)}</time></td>
                  <td>${actionLabel(i.action)}</td>
                  <th scope="row">${i.reference}</th>
                  <td>${actor(i.actor)}</td>
                  <td>${outcome(i.outcome)}</td>
                </tr>`,
            })}
            ${
              audit.items.length === 0
                ? nothing
                : html`<p class="pager">
                    ${
                      audit.offset > 0
                        ? html`<button
                            type="button"
                            class="secondary"
                            @click=${() => this.#loadAudit(Math.max(0, audit.offset - AUDIT_PAGE))}
                          >
                            ${this.#t('audit.newer')}
                          </button>`
                        : nothing
                    }
                    ${
                      audit.offset + audit.items.length < audit.total
                        ? html`<button
                            type="button"
                            class="secondary"
                            @click=${() => this.#loadAudit(audit.offset + AUDIT_PAGE)}
                          >
                            ${this.#t('audit.older')}
                          </button>`
                        : nothing
                    }
                  </p>`
            }`
      }`;
  }

  #setting(s: SinkSetting): TemplateResult {
    const value = s.set
      ? this.#t(s.fromEnv ? 'setting.fromEnv' : 'setting.set')
      : s.name === 'to' && s.value === 'office'
        ? this.#t('setting.office')
        : (s.value ?? '');
    const known = [
      'path',
      'to',
      'from',
      'server',
      'user',
      'password',
      'url',
      'credentials',
      'query',
      'secret',
    ];
    const label = known.includes(s.name)
      ? this.#t(`setting.${s.name}` as Parameters<typeof t>[1])
      : s.name;
    return html`<li>
      <span class="setting">${label}:</span> <span class=${s.set ? 'set' : 'value'}>${value}</span>
    </li>`;
  }

  #flowsView(): TemplateResult {
    const f = this.flows;
    if (!f)
      return html`<h2 tabindex="-1">${this.#t('nav.flows')}</h2>
        <p>${this.#t('loading')}</p>`;
    const rows = f.municipalities.flatMap((m) => m.flows.map((flow) => ({ ...m, ...flow })));
    const type = (t: string) =>
      t === 'folder' || t === 'mail' || t === 'webhook' ? this.#t(`type.${t}`) : t;
    return html`<h2 tabindex="-1">${this.#t('nav.flows')}</h2>
      <p>${this.#t('flows.intro', { source: f.source ?? this.#t('flows.noSource') })}</p>
      <p>${this.#t('flows.default', { days: f.defaultRetentionDays })}</p>
      ${this.#table({
        name: 'flows',
        id: 'flows-caption',
        caption: this.#t('flows.flowsCaption'),
        empty: this.#t('flows.none'),
        columns: [
          col(this.#t('col.municipality'), 'name'),
          col(this.#t('col.ags'), 'ags'),
          col(this.#t('col.assistant'), 'assistant'),
          col(this.#t('col.category'), 'category'),
          col(this.#t('col.sinks'), 'sinks'),
          col(this.#t('col.retention'), 'retentionDays', 'num'),
        ],
        rows,
        sortValue: (r, k) =>
          k === 'sinks' ? r.sinks.join(', ') : (r[k as keyof typeof r] as Cell),
        row: (r) =>
          html`<tr>
            <th scope="row">${r.name}</th>
            <td>${r.ags}</td>
            <td>${r.assistant}</td>
            <td>${r.category ?? ''}</td>
            <td>${r.sinks.length ? r.sinks.join(', ') : this.#t('flows.noSinks')}</td>
            <td class="num">${r.retentionDays}</td>
          </tr>`,
      })}
      ${this.#table({
        name: 'sinks',
        id: 'sinks-caption',
        caption: this.#t('flows.sinksCaption'),
        columns: [
          col(this.#t('col.name'), 'name'),
          col(this.#t('col.type'), 'type'),
          col(this.#t('col.settings')),
        ],
        rows: f.sinks,
        sortValue: (s, k) => (k === 'type' ? type(s.type) : (s[k as keyof typeof s] as Cell)),
        row: (s) =>
          html`<tr>
            <th scope="row">
              ${s.name}${s.builtin ? html` <span class="tag">(${this.#t('flows.builtin')})</span>` : nothing}
            </th>
            <td>${type(s.type)}</td>
            <td>
              <ul class="settings">
                ${s.settings.map((x) => this.#setting(x))}
              </ul>
            </td>
          </tr>`,
      })}`;
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
