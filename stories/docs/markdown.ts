/**
 * The Markdown that scripts/gen-privacy.ts writes (headings, paragraphs, `-` lists, `>` notes,
 * tables, `**bold**`, `code`, HTML comments, `---`) as a Lit template, for the docs stories. Text
 * is always text (no `innerHTML`): the drafts' content can never become markup.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** `**bold**` and `code` inside a line. */
function inline(text: string): (TemplateResult | string)[] {
  return text
    .split(/(\*\*[^*]+\*\*|`[^`]+`)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('**')
        ? html`<strong>${part.slice(2, -2)}</strong>`
        : part.startsWith('`')
          ? html`<code>${part.slice(1, -1)}</code>`
          : part,
    );
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

/** Headings start at `level` (`#` becomes `<h{level}>`). */
export function markdown(source: string, level = 2): TemplateResult {
  const lines = source.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const out: TemplateResult[] = [];
  const heading = (n: number, text: string) => {
    const l = Math.min(6, level + n - 1);
    const content = inline(text);
    return l === 2
      ? html`<h2>${content}</h2>`
      : l === 3
        ? html`<h3>${content}</h3>`
        : l === 4
          ? html`<h4>${content}</h4>`
          : html`<h5>${content}</h5>`;
  };
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    const h = /^(#{1,4}) (.*)$/.exec(line);
    if (!line.trim()) i++;
    else if (line.trim() === '---') {
      out.push(html`<hr />`);
      i++;
    } else if (h) {
      out.push(heading(h[1]!.length, h[2]!));
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(lines[i++]!);
      const [head, , ...body] = rows;
      out.push(
        html`<table>
          <thead>
            <tr>
              ${cells(head!).map((c) => html`<th scope="col">${inline(c)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${body.map(
              (r) =>
                html`<tr>
                  ${cells(r).map((c) => html`<td>${inline(c)}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>`,
      );
    } else if (/^\s*- /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^\s*- /.test(lines[i]!))
        items.push(lines[i++]!.replace(/^\s*- /, ''));
      out.push(
        html`<ul>
          ${items.map((t) => html`<li>${inline(t)}</li>`)}
        </ul>`,
      );
    } else if (line.startsWith('> ')) {
      out.push(html`<p class="note">${inline(line.slice(2))}</p>`);
      i++;
    } else {
      const para: string[] = [];
      while (i < lines.length && lines[i]!.trim() && !/^(#{1,4} |\||\s*- |> |---$)/.test(lines[i]!))
        para.push(lines[i++]!.trim());
      out.push(html`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return html`${out.length ? out : nothing}`;
}
