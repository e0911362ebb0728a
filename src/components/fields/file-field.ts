/**
 * The file field (engine type `file`, DESIGN.md transport contract step 1): a native
 * `<input type="file">` with label, a hint naming the allowed types and the size limit, and
 * `accept`. Each chosen file is checked for type and size here, then posted on its own to
 * `{endpoint}/uploads` with XMLHttpRequest (fetch reports no upload progress), so a labelled
 * `<progress>` shows the percent; it can be cancelled. The answer keeps the hub's metadata of
 * each finished upload (`FileAnswer`), never the bytes, so a draft restores finished files and
 * nothing else. Problems name the file and the reason; status changes are announced politely.
 *
 * End-to-end encryption (README "End-to-end encryption"): when the element has a key (its config
 * carries `seal`, from the on-demand `komm-jwe.js`), each file's bytes are encrypted here, before
 * the upload, as a compact JWE for the municipality (`seal.file`), and sent as `application/jose`:
 * the hub stores and forwards only ciphertext. The hub cannot look into it, so the type is checked
 * here by the file's first bytes (PDF, JPEG, PNG) before it is encrypted.
 *
 * Loaded on demand (`useFileFields()` in `load-fields.ts`, which also sets the envelope's
 * attachment finder): in a script-tag bundle this module is the file `komm-file.js` beside it,
 * built on the bundle's own Lit, so no assistant bundle carries it. It imports nothing with state
 * of the bundle (no `render-field.ts`, no transport): only Lit, types and pure helpers. Its texts
 * (`ui.file.*`) live here for the same reason; a municipality or an assistant overrides them by
 * key like any shared text.
 */
import { html, nothing, type ReactiveElement } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { DEFAULT_ACCEPT, DEFAULT_MAX_SIZE, maxFilesOf } from '../../engine/files.js';
import { formatNumber } from '../../engine/format.js';
import type { FileAnswer, FileField, Lang, Messages } from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import { describedBy, fieldId, type FieldContext } from './field-context.js';
import { issueTemplate } from './messages.js';

const TEXTS: Record<Lang, Messages> = {
  de: {
    'ui.file.allowed': 'Erlaubt: {types}, höchstens {size} je Datei.',
    'ui.file.allowedMany': 'Sie können bis zu {max} Dateien hochladen.',
    'ui.file.replaces': 'Eine neu gewählte Datei ersetzt die bisherige.',
    'ui.file.progress': 'Hochladen von „{name}“',
    'ui.file.uploading': '„{name}“ wird hochgeladen …',
    'ui.file.done': '„{name}“ wurde hochgeladen.',
    'ui.file.cancel': 'Abbrechen',
    'ui.file.cancelled': 'Das Hochladen von „{name}“ wurde abgebrochen.',
    'ui.file.remove': 'Entfernen',
    'ui.file.removed': '„{name}“ wurde entfernt.',
    'ui.file.list': 'Hochgeladene Dateien',
    'ui.file.error.type':
      '„{name}“ kann nicht hochgeladen werden: Erlaubt sind nur Dateien im Format {types}. Wählen Sie eine andere Datei.',
    'ui.file.error.size':
      '„{name}“ ist zu groß ({size}). Eine Datei darf höchstens {max} groß sein. Verkleinern Sie die Datei oder wählen Sie eine andere.',
    'ui.file.error.total':
      '„{name}“ kann nicht hochgeladen werden: Alle Dateien dieses Antrags zusammen wären zu groß. Entfernen oder verkleinern Sie eine Datei.',
    'ui.file.error.count':
      '„{name}“ wurde nicht hochgeladen: Sie können höchstens {max} Dateien hochladen.',
    'ui.file.error.failed':
      '„{name}“ konnte nicht hochgeladen werden. Bitte versuchen Sie es erneut.',
  },
  en: {
    'ui.file.allowed': 'Allowed: {types}, at most {size} per file.',
    'ui.file.allowedMany': 'You can upload up to {max} files.',
    'ui.file.replaces': 'A newly chosen file replaces the current one.',
    'ui.file.progress': 'Uploading “{name}”',
    'ui.file.uploading': 'Uploading “{name}” …',
    'ui.file.done': '“{name}” was uploaded.',
    'ui.file.cancel': 'Cancel',
    'ui.file.cancelled': 'The upload of “{name}” was cancelled.',
    'ui.file.remove': 'Remove',
    'ui.file.removed': '“{name}” was removed.',
    'ui.file.list': 'Uploaded files',
    'ui.file.error.type':
      '“{name}” cannot be uploaded: only {types} files are allowed. Choose another file.',
    'ui.file.error.size':
      '“{name}” is too large ({size}). A file may be at most {max}. Make it smaller or choose another.',
    'ui.file.error.total':
      '“{name}” cannot be uploaded: all files of this application together would be too large. Remove a file or make one smaller.',
    'ui.file.error.count': '“{name}” was not uploaded: you can upload at most {max} files.',
    'ui.file.error.failed': '“{name}” could not be uploaded. Please try again.',
  },
};

/** A shared text by key: the municipality's or assistant's override, else this module's own. */
function text(ctx: FieldContext, key: string, vars: Record<string, unknown>): string {
  const own = ctx.t(key, vars);
  if (own !== key) return own;
  return (TEXTS[ctx.lang][key] ?? key).replace(/\{(\w+)\}/g, (m, k: string) =>
    k in vars ? String(vars[k]) : m,
  );
}

const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};

/** `application/pdf` -> `PDF`, `image/jpeg` -> `JPEG`. */
const typeName = (mediaType: string) => mediaType.split('/')[1]!.toUpperCase();

/** 10485760 -> `10 MB`, 2048 -> `2 KB` (1 KB = 1024 bytes, as operating systems show it). */
export function formatSize(bytes: number, lang: Lang): string {
  const mb = bytes / 1048576;
  return mb >= 1
    ? `${formatNumber(Math.round(mb * 10) / 10, lang)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
}

/** What the browser says of a file's type, else its name's extension, against the accepted types. */
const accepted = (file: File, accept: readonly string[]) =>
  file.type
    ? accept.includes(file.type)
    : accept.some((t) => EXTENSIONS[t]?.some((e) => file.name.toLowerCase().endsWith(e)));

/** The first bytes of each type the hub sniffs (`file-type`), for files it cannot look into. */
const MAGIC: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The accepted type `file` is (browser's claim, else its extension), or undefined. */
const typeOf = (file: File, accept: readonly string[]) =>
  accept.includes(file.type)
    ? file.type
    : accept.find((t) => EXTENSIONS[t]?.some((e) => file.name.toLowerCase().endsWith(e)));

/** What `encrypt` rejects with when a file is not the type it claims to be. */
const WRONG_TYPE = new Error('the file is not of its type');

/** Whether `bytes` begin as `type`'s files do (true for a type without known first bytes). */
const looksLike = (bytes: Uint8Array, type: string) =>
  MAGIC[type]?.every((b, i) => bytes[i] === b) ?? true;

interface Upload {
  name: string;
  percent: number;
  xhr: XMLHttpRequest;
}

/** The host element's public view the upload needs (`getPayload`) and its hub endpoint. */
interface Host extends ReactiveElement {
  endpoint: string;
  getPayload():
    { id: string; assistant: { id: string }; municipality: { ags: string } } | undefined;
  ready?: {
    config: {
      endpoint?: string;
      uploads?: { types?: readonly string[]; maxFileSize?: number };
    };
    /** With a key: encrypts a file's bytes as a compact JWE (transport/encrypt.ts `Seal`). */
    seal?: { file(bytes: Uint8Array, mediaType: string): Promise<string> };
  };
}

/**
 * Per field on the page: the running uploads, the problems of the last choice and the polite
 * status line. A directive, so this state lives as long as the field's place in the step and
 * progress repaints the host without touching the answers.
 */
class FileUpload extends Directive {
  private uploads: Upload[] = [];
  private errors: string[] = [];
  private status = '';
  private host?: Host;
  private ctx!: FieldContext;
  private node!: FieldNode<unknown>;

  override update(part: ChildPart, [ctx, node]: [FieldContext, FieldNode<unknown>]) {
    this.host = part.options?.host as Host | undefined;
    return this.render(ctx, node);
  }

  private repaint() {
    this.host?.requestUpdate();
  }

  /** The field's types and size limit within the municipality's (config `uploads`), if it has any. */
  private limits(f: FileField<unknown>) {
    const u = this.host?.ready?.config.uploads;
    const accept = (f.accept ?? DEFAULT_ACCEPT).filter(
      (t) => !u?.types?.length || u.types.includes(t),
    );
    return { accept, maxSize: Math.min(f.maxSize ?? DEFAULT_MAX_SIZE, u?.maxFileSize ?? Infinity) };
  }

  private files(): FileAnswer[] {
    const v = this.ctx.value(this.node.path);
    return Array.isArray(v) ? (v as FileAnswer[]) : [];
  }

  private choose(input: HTMLInputElement) {
    const f = this.node.field as FileField<unknown>;
    const { ctx } = this;
    const { accept, maxSize } = this.limits(f);
    const max = maxFilesOf(f);
    const types = accept.map(typeName).join(', ');
    this.errors = [];
    let room = max === 1 ? 1 : max - this.files().length - this.uploads.length;
    for (const file of Array.from(input.files ?? [])) {
      const name = file.name;
      if (!accepted(file, accept))
        this.errors.push(text(ctx, 'ui.file.error.type', { name, types }));
      else if (file.size > maxSize)
        this.errors.push(
          text(ctx, 'ui.file.error.size', {
            name,
            size: formatSize(file.size, ctx.lang),
            max: formatSize(maxSize, ctx.lang),
          }),
        );
      else if (room-- <= 0) this.errors.push(text(ctx, 'ui.file.error.count', { name, max }));
      else this.send(file, max === 1);
    }
    input.value = ''; // the same file may be chosen again after a problem
    if (this.errors.length) this.status = this.errors.join(' ');
    this.repaint();
  }

  private send(file: File, replace: boolean) {
    const { ctx } = this;
    const host = this.host;
    const payload = host?.getPayload();
    const name = file.name;
    const xhr = new XMLHttpRequest();
    const upload: Upload = { name, percent: 0, xhr };
    const end = (status: string, error?: string) => {
      this.uploads = this.uploads.filter((u) => u !== upload);
      if (error) this.errors.push(error);
      this.status = status;
      this.repaint();
    };
    const f = this.node.field as FileField<unknown>;
    const { accept, maxSize: max } = this.limits(f);
    const vars = {
      name,
      types: accept.map(typeName).join(', '),
      size: formatSize(file.size, ctx.lang),
      max: formatSize(max, ctx.lang),
    };
    const fail = (key: string) => end(text(ctx, key, vars), text(ctx, key, vars));
    if (!host || !payload) return fail('ui.file.error.failed');
    const base = new URL(host.endpoint || host.ready?.config.endpoint || '', document.baseURI);
    const seal = host.ready?.seal;
    this.uploads = [...this.uploads, upload];
    this.status = text(ctx, 'ui.file.uploading', { name });
    void (seal ? this.encrypt(file, seal, accept) : Promise.resolve<Blob>(file)).then(
      (blob) => {
        // Cancelled or gone while it was being encrypted.
        if (!this.uploads.includes(upload)) return;
        const body = new FormData();
        body.append('assistant', payload.assistant.id);
        body.append('ags', payload.municipality.ags);
        body.append('applicationId', payload.id);
        body.append('file', blob, name);
        xhr.open('POST', `${base.href.replace(/\/$/, '')}/uploads`);
        this.transfer(xhr, upload, name, replace, end, fail);
        xhr.send(body);
      },
      (e: unknown) => {
        if (this.uploads.includes(upload))
          fail(e === WRONG_TYPE ? 'ui.file.error.type' : 'ui.file.error.failed');
      },
    );
  }

  /**
   * The file as a compact JWE for the municipality's key (`application/jose`). Its type is
   * checked by its first bytes first (rejects with `WRONG_TYPE`): the hub cannot look inside.
   */
  private async encrypt(
    file: File,
    seal: NonNullable<NonNullable<Host['ready']>['seal']>,
    accept: readonly string[],
  ): Promise<Blob> {
    const type = typeOf(file, accept);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!type || !looksLike(bytes, type)) throw WRONG_TYPE;
    return new Blob([await seal.file(bytes, type)], { type: 'application/jose' });
  }

  /** The XHR's progress and outcome (see `send`). */
  private transfer(
    xhr: XMLHttpRequest,
    upload: Upload,
    name: string,
    replace: boolean,
    end: (status: string, error?: string) => void,
    fail: (key: string) => void,
  ) {
    const { ctx } = this;
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      upload.percent = Math.min(100, Math.round((e.loaded * 100) / e.total));
      this.repaint();
    };
    xhr.onload = () => {
      const r = xhr.response as (FileAnswer & { code?: string }) | null;
      if (xhr.status !== 201 || !r?.uploadId) {
        const code = r?.code;
        return fail(
          code === 'unsupported_file_type'
            ? 'ui.file.error.type'
            : code === 'file_too_large'
              ? 'ui.file.error.size'
              : code === 'application_too_large'
                ? 'ui.file.error.total'
                : 'ui.file.error.failed',
        );
      }
      const answer: FileAnswer = {
        uploadId: r.uploadId,
        filename: r.filename || name,
        mediaType: r.mediaType,
        size: r.size,
        sha256: r.sha256,
      };
      ctx.set(this.node, replace ? [answer] : [...this.files(), answer]);
      end(text(ctx, 'ui.file.done', { name }));
    };
    xhr.onerror = () => fail('ui.file.error.failed');
    xhr.onabort = () => end(text(ctx, 'ui.file.cancelled', { name }));
  }

  /** Cancels an upload; one still being encrypted (not sent yet) ends here. */
  private cancel(u: Upload) {
    if (u.xhr.readyState !== XMLHttpRequest.UNSENT) return u.xhr.abort();
    this.uploads = this.uploads.filter((x) => x !== u);
    this.status = text(this.ctx, 'ui.file.cancelled', { name: u.name });
    this.repaint();
  }

  private remove(file: FileAnswer, button: HTMLElement) {
    const rest = this.files().filter((a) => a.uploadId !== file.uploadId);
    this.ctx.set(this.node, rest.length ? rest : undefined);
    this.errors = [];
    this.status = text(this.ctx, 'ui.file.removed', { name: file.filename });
    button.closest('.field')?.querySelector<HTMLElement>('input[type=file]')?.focus();
    this.repaint();
  }

  render(ctx: FieldContext, node: FieldNode<unknown>) {
    this.ctx = ctx;
    this.node = node;
    const f = node.field as FileField<unknown>;
    const id = fieldId(node.path);
    const { accept, maxSize } = this.limits(f);
    const max = maxFilesOf(f);
    const files = this.files();
    const issue = ctx.issue(node.path);
    const errorId = fieldId(node.path, 'upload-error');
    const hint = [
      ctx.hint(node),
      text(ctx, 'ui.file.allowed', {
        types: accept.map(typeName).join(', '),
        size: formatSize(maxSize, ctx.lang),
      }),
      max > 1 ? text(ctx, 'ui.file.allowedMany', { max }) : '',
      max === 1 && files.length ? text(ctx, 'ui.file.replaces', {}) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const described = [describedBy(node.path, true, !!issue), this.errors.length ? errorId : '']
      .filter(Boolean)
      .join(' ');
    const full = max > 1 && files.length + this.uploads.length >= max;
    return html`<div part="field" class="field file-field ${issue ? `has-${issue.severity}` : ''}">
      <label part="label" for=${id}>${ctx.label(node)}</label>
      <p part="hint" class="hint" id=${fieldId(node.path, 'hint')}>${hint}</p>
      ${issueTemplate(ctx, node.path, issue)}
      ${
        this.errors.length
          ? html`<div part="error" class="error" id=${errorId}>
              ${this.errors.map((e) => html`<p>${e}</p>`)}
            </div>`
          : nothing
      }
      <input
        part="input"
        type="file"
        id=${id}
        name=${node.path}
        accept=${accept.flatMap((t) => [t, ...(EXTENSIONS[t] ?? [])]).join(',')}
        ?multiple=${max > 1}
        ?disabled=${full}
        aria-describedby=${described}
        aria-invalid=${issue?.severity === 'error' || this.errors.length ? 'true' : 'false'}
        @change=${(e: Event) => this.choose(e.target as HTMLInputElement)}
      />
      ${this.uploads.map((u, i) => {
        const pid = fieldId(node.path, `progress-${i}`);
        return html`<div class="file-upload">
          <label for=${pid}>${text(ctx, 'ui.file.progress', { name: u.name })}</label>
          <progress id=${pid} max="100" .value=${u.percent}>${u.percent} %</progress>
          <span aria-hidden="true">${u.percent} %</span>
          <button part="button" type="button" class="link" @click=${() => this.cancel(u)}>
            ${text(ctx, 'ui.file.cancel', {})}<span class="visually-hidden">: ${u.name}</span>
          </button>
        </div>`;
      })}
      ${
        files.length
          ? html`<ul class="file-list" aria-label=${text(ctx, 'ui.file.list', {})}>
              ${files.map(
                (a) =>
                  html`<li>
                    ${a.filename} (${formatSize(a.size, ctx.lang)})
                    <button
                      part="button"
                      type="button"
                      class="link"
                      @click=${(e: Event) => this.remove(a, e.currentTarget as HTMLElement)}
                    >
                      ${text(ctx, 'ui.file.remove', {})}<span class="visually-hidden"
                        >: ${a.filename}</span
                      >
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.status}</div>
    </div>`;
  }
}

const fileUpload = directive(FileUpload);

/** The template of a `file` field (see the module comment). */
export const fileField = (ctx: FieldContext, node: FieldNode<unknown>) =>
  html`${fileUpload(ctx, node)}`;
