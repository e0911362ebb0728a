/**
 * The demo page (`npm start`): every assistant of the registry, embedded as a municipality would,
 * with a municipality switcher, a language switch and a log of the element's `komm-*` events.
 * The selection lives in the URL (`?assistant=…&municipality=…&lang=…`), so a reload keeps it.
 * No inline scripts or styles: the page also runs under a strict Content-Security-Policy.
 */
import '../src/all.js';
import { assistants } from '../src/assistants/registry.js';
import { prerenderedEmbed } from '../src/components/prerender.js';

type Lang = 'de' | 'en';

const MUNICIPALITIES = ['dresden', 'leipzig', 'chemnitz'] as const;
const EVENTS = [
  'komm-step-change',
  'komm-submit',
  'komm-submit-success',
  'komm-submit-error',
  'komm-draft-saved',
];

const PAGE_TEXT: Record<Lang, Record<string, string>> = {
  de: {
    // A soft hyphen: at 320 px the word breaks as 'Antrags-' / 'assistenten', not mid-syllable.
    title: 'Antrags\u00ADassistenten – Demo',
    lead: 'Alle Assistenten dieses Pakets, eingebettet wie auf der Seite einer Kommune. Anträge gehen an den Referenz-Hub unter http://localhost:8787/api/v1.',
    municipality: 'Kommune',
    language: 'Sprache',
    assistants: 'Assistenten',
    stage: 'Assistent',
    events: 'Ereignisse',
    eventsHint: 'Die komm-*-Ereignisse des Elements, neueste oben.',
    clear: 'Protokoll leeren',
    empty: 'Noch keine Ereignisse.',
    none: 'In der Registry ist kein Assistent eingetragen.',
    prerendered: 'Einbettungscode mit sofort sichtbarem ersten Schritt',
    prerenderedHint:
      'Schritt 1 steht schon im HTML der Seite und ist zu sehen, während das Skript noch lädt. Ersetzen Sie die Adressen des Skripts und der Konfiguration durch Ihre. Setzen Sie in das Element, was Menschen ohne JavaScript sehen sollen (etwa einen Link zum PDF-Formular). Nach jeder neuen Hauptversion neu erzeugen.',
    prerenderedLabel: 'HTML zum Kopieren',
    copy: 'Kopieren',
    copied: 'Kopiert.',
  },
  en: {
    title: 'Application assistants – demo',
    lead: 'Every assistant of this package, embedded as on a municipality’s page. Applications go to the reference hub at http://localhost:8787/api/v1.',
    municipality: 'Municipality',
    language: 'Language',
    assistants: 'Assistants',
    stage: 'Assistant',
    events: 'Events',
    eventsHint: 'The element’s komm-* events, newest first.',
    clear: 'Clear log',
    empty: 'No events yet.',
    none: 'The registry lists no assistant.',
    prerendered: 'Embed code with step 1 visible at once',
    prerenderedHint:
      'Step 1 is in the page’s HTML and shows while the script is still loading. Replace the script’s and the config’s addresses with yours. Put inside the element what people without JavaScript should see (e.g. a link to the PDF form). Generate it again after every new major version.',
    prerenderedLabel: 'HTML to copy',
    copy: 'Copy',
    copied: 'Copied.',
  },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const ids = Object.keys(assistants).sort();
const params = new URLSearchParams(location.search);
const state = {
  assistant: ids.includes(params.get('assistant') ?? '') ? params.get('assistant')! : ids[0],
  municipality: (MUNICIPALITIES as readonly string[]).includes(params.get('municipality') ?? '')
    ? params.get('municipality')!
    : 'dresden',
  lang: (params.get('lang') === 'en' ? 'en' : 'de') as Lang,
};

/** The assistant's own name (its `title` message, as the element shows it), else its id. */
function assistantTitle(id: string, lang: Lang): string {
  const messages = assistants[id]?.messages;
  return messages?.[lang]?.['title'] ?? messages?.de?.['title'] ?? id;
}

function saveState() {
  const q = new URLSearchParams(state);
  history.replaceState(null, '', `?${q}`);
}

function renderPageText() {
  document.documentElement.lang = state.lang;
  const t = PAGE_TEXT[state.lang];
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = t[el.dataset.text!];
    if (text) el.textContent = text;
  }
  document.title = `komm-assistenten – ${t.title!.replace(/\u00AD/g, '')}`;
}

function renderList() {
  const list = $('assistant-list');
  list.replaceChildren();
  if (!ids.length) {
    const li = document.createElement('li');
    li.textContent = PAGE_TEXT[state.lang].none;
    list.append(li);
    return;
  }
  for (const id of ids) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `?assistant=${id}&municipality=${state.municipality}&lang=${state.lang}`;
    a.textContent = assistantTitle(id, state.lang);
    const tag = document.createElement('span');
    tag.className = 'demo-tag';
    tag.textContent = `<komm-${id}>`;
    a.append(tag);
    if (id === state.assistant) a.setAttribute('aria-current', 'page');
    a.addEventListener('click', (e) => {
      e.preventDefault();
      state.assistant = id;
      update(true);
    });
    li.append(a);
    list.append(li);
  }
}

/** (Re)creates the element: a new config or assistant is a new embed, as on a real page. */
function renderElement() {
  const host = $('host');
  if (!state.assistant) {
    host.replaceChildren();
    return;
  }
  const tag = `komm-${state.assistant}`;
  const configSrc = `/examples/config/${state.municipality}.json`;
  const current = host.firstElementChild;
  if (current?.localName === tag && current.getAttribute('config-src') === configSrc) {
    current.setAttribute('lang', state.lang); // language switch keeps the answers
  } else {
    const el = document.createElement(tag);
    el.setAttribute('config-src', configSrc);
    el.setAttribute('lang', state.lang);
    host.replaceChildren(el);
  }
  $('embed-code').textContent = `<${tag} config-src="${configSrc}" lang="${state.lang}"></${tag}>`;
  $('stage-title').textContent = assistantTitle(state.assistant, state.lang);
}

/**
 * The pre-rendered embed of the element shown (README "Pre-rendered embed"), written when the
 * details are open; the script URL stands for the municipality's copy of the bundle.
 */
async function renderPrerendered() {
  const details = $<HTMLDetailsElement>('prerendered');
  const out = $<HTMLTextAreaElement>('prerendered-code');
  const el = $('host').firstElementChild as HTMLElement | null;
  $('copy-status').textContent = '';
  if (!details.open || !el) return;
  const src = `https://cdn.example/komm-assistenten/${state.assistant}.js`;
  try {
    out.value = await prerenderedEmbed(el, { src });
  } catch (e) {
    out.value = e instanceof Error ? e.message : String(e);
  }
}

function update(elementChanged: boolean) {
  saveState();
  renderPageText();
  renderList();
  renderElement();
  void renderPrerendered();
  if (elementChanged)
    log('demo', `<komm-${state.assistant}> · ${state.municipality} · ${state.lang}`);
}

// --- event log -------------------------------------------------------------------------------

/** A short, one-line view of an event's detail (the page may log it; analytics should not). */
function summarise(detail: unknown): string {
  if (detail === undefined || detail === null) return '';
  try {
    const json = JSON.stringify(detail);
    return json.length > 300 ? `${json.slice(0, 300)} …` : json;
  } catch {
    return String(detail);
  }
}

function log(type: string, text: string) {
  const list = $('log');
  list.querySelector('.demo-empty')?.remove();
  const li = document.createElement('li');
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString(state.lang === 'de' ? 'de-DE' : 'en-GB');
  const name = document.createElement('strong');
  name.textContent = type;
  const body = document.createElement('code');
  body.textContent = text;
  li.append(time, ' ', name, ' ', body);
  if (type.endsWith('-error')) li.className = 'demo-log-error';
  list.prepend(li);
  while (list.children.length > 100) list.lastElementChild?.remove();
}

function clearLog() {
  const empty = document.createElement('li');
  empty.className = 'demo-empty';
  empty.textContent = PAGE_TEXT[state.lang].empty;
  $('log').replaceChildren(empty);
}

for (const type of EVENTS) {
  $('host').addEventListener(type, (e) => {
    const extra = e.cancelable ? ' (cancelable)' : '';
    log(type, `${summarise((e as CustomEvent).detail)}${extra}`);
  });
}
$('clear-log').addEventListener('click', clearLog);

// --- controls --------------------------------------------------------------------------------

const select = $<HTMLSelectElement>('municipality');
select.value = state.municipality;
select.addEventListener('change', () => {
  state.municipality = select.value;
  update(true);
});
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
  radio.checked = radio.value === state.lang;
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    state.lang = radio.value as Lang;
    update(false);
  });
}
$('controls').addEventListener('submit', (e) => e.preventDefault());
$('prerendered').addEventListener('toggle', () => void renderPrerendered());
$('copy-prerendered').addEventListener('click', () => {
  const out = $<HTMLTextAreaElement>('prerendered-code');
  out.select();
  void navigator.clipboard
    ?.writeText(out.value)
    .then(() => ($('copy-status').textContent = PAGE_TEXT[state.lang].copied))
    .catch(() => {}); // selected: the citizen's own Ctrl+C still works
});

clearLog();
update(true);
