/**
 * The German mail body of one application, as plain text and as HTML, from the same
 * `ApplicationView` the PDF is made of (application.ts).
 */
import { fileSize, type AnswerRow, type ApplicationView } from './application.js';

export const mailSubject = (v: ApplicationView): string =>
  `Neuer Antrag: ${v.title} – ${v.reference}`;

/** The lines above the answers: who, what, when. */
export function headLines(v: ApplicationView): [string, string][] {
  const lines: [string, string][] = [
    ['Gemeinde', `${v.municipality.name} (AGS ${v.municipality.ags})`],
  ];
  if (v.office) lines.push(['Zuständige Stelle', v.office.name]);
  lines.push(
    ['Antrag', `${v.title} (${v.assistantId}, Version ${v.assistantVersion})`],
    ['Vorgangsnummer', v.reference],
    ['Eingegangen', v.receivedAtText],
  );
  if (v.assignmentCode) lines.push(['Zuordnungsmerkmal', v.assignmentCode]);
  return lines;
}

/**
 * In place of the answers of an encrypted application (`v.encrypted`): the hub cannot read them,
 * and says how the office gets them.
 */
export const encryptedLines = (v: ApplicationView): string[] => [
  'Die Angaben dieses Antrags sind Ende-zu-Ende-verschlüsselt. Die Datendrehscheibe kann sie nicht lesen und deshalb hier nicht anzeigen.',
  `Sie stehen verschlüsselt im JSON-Datensatz (antrag-${v.reference}.json bzw. antrag.json). Entschlüsseln mit dem privaten Schlüssel der Gemeinde: npx komm-decrypt --key private.jwk antrag-${v.reference}.json`,
];

const attachmentLine = (a: ApplicationView['attachments'][number]) =>
  `${a.filename} (${a.mediaType}, ${fileSize(a.size)}), SHA-256 ${a.sha256}`;

function textRows(rows: AnswerRow[], indent: string): string[] {
  return rows.flatMap((r) =>
    'rows' in r
      ? [`${indent}${r.label}:`, ...textRows(r.rows, `${indent}  `)]
      : [`${indent}${r.label}: ${r.value}`],
  );
}

export function renderText(v: ApplicationView): string {
  const out: string[] = [
    `Neuer Antrag: ${v.title}`,
    '',
    ...headLines(v).map(([k, val]) => `${k}: ${val}`),
  ];
  if (v.encrypted) out.push('', ...encryptedLines(v));
  for (const step of v.steps) {
    out.push('', step.title, '-'.repeat(Math.min(step.title.length, 72)));
    out.push(...textRows(step.rows, ''));
  }
  if (v.summary.length || v.computed.length) {
    out.push('', v.summaryTitle, '-'.repeat(Math.min(v.summaryTitle.length, 72)));
    for (const l of v.summary) out.push(l.text, ...(l.items ?? []).map((i) => `- ${i}`));
    for (const c of v.computed) out.push(`${c.label}: ${c.value}`);
  }
  out.push('', 'Anhänge', '-------');
  if (v.attachments.length) for (const a of v.attachments) out.push(`- ${attachmentLine(a)}`);
  else out.push('Keine hochgeladenen Dateien.');
  out.push(
    '',
    `Der Antrag liegt dieser Nachricht als PDF (antrag-${v.reference}.pdf) und als JSON-Datensatz (antrag-${v.reference}.json) bei.`,
    'Diese Nachricht wurde von der Datendrehscheibe automatisch erstellt.',
  );
  return `${out.join('\n')}\n`;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function htmlRows(rows: AnswerRow[]): string {
  return rows
    .map((r) =>
      'rows' in r
        ? `<tr><th colspan="2" style="text-align:left;padding:8px 0 2px">${escapeHtml(r.label)}</th></tr>` +
          `<tr><td colspan="2" style="padding-left:16px"><table role="presentation" style="border-collapse:collapse;width:100%">${htmlRows(r.rows)}</table></td></tr>`
        : `<tr><td style="vertical-align:top;padding:2px 12px 2px 0;width:40%;color:#444">${escapeHtml(r.label)}</td>` +
          `<td style="vertical-align:top;padding:2px 0">${escapeHtml(r.value)}</td></tr>`,
    )
    .join('');
}

export function renderHtml(v: ApplicationView): string {
  const head = headLines(v)
    .map(
      ([k, val]) =>
        `<tr><td style="padding:2px 12px 2px 0;color:#444">${escapeHtml(k)}</td><td style="padding:2px 0"><strong>${escapeHtml(val)}</strong></td></tr>`,
    )
    .join('');
  const steps = (
    v.encrypted ? encryptedLines(v).map((l) => `<p><strong>${escapeHtml(l)}</strong></p>`) : []
  )
    .concat(
      v.steps.map(
        (s) =>
          `<h2 style="font-size:17px;margin:24px 0 6px">${escapeHtml(s.title)}</h2>` +
          `<table style="border-collapse:collapse;width:100%">${htmlRows(s.rows)}</table>`,
      ),
    )
    .join('');
  const calc =
    v.summary.length || v.computed.length
      ? `<h2 style="font-size:17px;margin:24px 0 6px">${escapeHtml(v.summaryTitle)}</h2>` +
        v.summary
          .map(
            (l) =>
              `<p style="margin:2px 0${l.tone === 'total' ? ';font-weight:bold' : l.tone === 'note' ? ';font-size:13px;color:#555' : ''}">${escapeHtml(l.text)}</p>` +
              (l.items
                ? `<ul style="margin:2px 0${l.tone === 'note' ? ';font-size:13px;color:#555' : ''}">${l.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
                : ''),
          )
          .join('') +
        v.computed
          .map((c) => `<p style="margin:2px 0">${escapeHtml(c.label)}: ${escapeHtml(c.value)}</p>`)
          .join('')
      : '';
  const files = v.attachments.length
    ? `<ul>${v.attachments.map((a) => `<li>${escapeHtml(attachmentLine(a))}</li>`).join('')}</ul>`
    : '<p>Keine hochgeladenen Dateien.</p>';
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(mailSubject(v))}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.4;color:#111;max-width:720px">
<h1 style="font-size:21px">Neuer Antrag: ${escapeHtml(v.title)}</h1>
<table style="border-collapse:collapse">${head}</table>
${steps}
${calc}
<h2 style="font-size:17px;margin:24px 0 6px">Anhänge</h2>
${files}
<p style="font-size:13px;color:#555">Der Antrag liegt dieser Nachricht als PDF (antrag-${escapeHtml(v.reference)}.pdf) und als JSON-Datensatz (antrag-${escapeHtml(v.reference)}.json) bei. Diese Nachricht wurde von der Datendrehscheibe automatisch erstellt.</p>
</body></html>
`;
}
