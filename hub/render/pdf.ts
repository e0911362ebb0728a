/**
 * The application as a PDF (A4, German, text selectable), from the same `ApplicationView` the
 * mail body is made of: pdfmake 0.3 with its bundled Roboto (embedded as a subset; no font is
 * downloaded, and no URL or file outside pdfmake's font folder may be read while rendering).
 * Rendering blocks the thread for about 150 ms per document: call it from the delivery worker
 * thread (delivery.ts), never on the request path.
 */
import { dirname, resolve, sep } from 'node:path';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { fileSize, type AnswerRow, type ApplicationView } from './application.js';
import { encryptedLines, headLines, mailSubject } from './text.js';

type PdfMake = typeof import('pdfmake');
let ready: Promise<PdfMake> | undefined;

/** pdfmake is a process-wide singleton: fonts and access policies are set once, on first use. */
function pdfmake(): Promise<PdfMake> {
  ready ??= (async () => {
    const pm = ((await import('pdfmake')) as unknown as { default: PdfMake }).default;
    const { default: Roboto } = await import('pdfmake/fonts/Roboto.js');
    const fontDir = dirname(resolve(String(Roboto.Roboto!.normal)));
    pm.addFonts(Roboto);
    pm.setUrlAccessPolicy(() => false);
    pm.setLocalAccessPolicy((p) => resolve(p).startsWith(fontDir + sep));
    return pm;
  })();
  return ready;
}

function rowsBody(rows: AnswerRow[], depth: number): TableCell[][] {
  return rows.flatMap((r): TableCell[][] =>
    'rows' in r
      ? [
          [
            {
              text: r.label,
              bold: true,
              colSpan: 2,
              margin: [depth * 10, 4, 0, 0],
            },
            {},
          ],
          ...rowsBody(r.rows, depth + 1),
        ]
      : [[{ text: r.label, color: '#444444', margin: [depth * 10, 0, 0, 0] }, { text: r.value }]],
  );
}

export function pdfDefinition(v: ApplicationView): TDocumentDefinitions {
  const content: Content[] = [
    { text: `Antrag: ${v.title}`, fontSize: 17, bold: true, margin: [0, 0, 0, 8] },
    {
      table: {
        widths: ['30%', '*'],
        body: headLines(v).map(([k, val]) => [
          { text: k, color: '#444444' },
          { text: val, bold: true },
        ]),
      },
      layout: 'noBorders',
    },
  ];
  // Encrypted answers cannot be rendered: the PDF says so instead of showing an empty form.
  if (v.encrypted)
    content.push({
      stack: encryptedLines(v).map((text) => ({ text, margin: [0, 6, 0, 0] })),
      bold: true,
      margin: [0, 14, 0, 0],
    });
  for (const step of v.steps) {
    content.push({ text: step.title, fontSize: 12.5, bold: true, margin: [0, 14, 0, 4] });
    content.push({
      table: { widths: ['40%', '*'], dontBreakRows: true, body: rowsBody(step.rows, 0) },
      layout: 'lightHorizontalLines',
    });
  }
  if (v.summary.length || v.computed.length) {
    content.push({ text: v.summaryTitle, fontSize: 12.5, bold: true, margin: [0, 14, 0, 4] });
    for (const l of v.summary) {
      const style = l.tone === 'note' ? { fontSize: 8.5, color: '#555555' } : {};
      content.push({ text: l.text, bold: l.tone === 'total', ...style, margin: [0, 1, 0, 1] });
      if (l.items) content.push({ ul: l.items, ...style, margin: [0, 1, 0, 1] });
    }
    for (const c of v.computed) content.push({ text: `${c.label}: ${c.value}`, margin: [0, 1] });
  }
  content.push({ text: 'Anhänge', fontSize: 12.5, bold: true, margin: [0, 14, 0, 4] });
  content.push(
    v.attachments.length
      ? {
          ul: v.attachments.map((a) => ({
            stack: [
              `${a.filename} (${a.mediaType}, ${fileSize(a.size)})`,
              { text: `SHA-256 ${a.sha256}`, fontSize: 7.5, color: '#555555' },
            ],
          })),
        }
      : { text: 'Keine hochgeladenen Dateien.' },
  );
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    info: { title: mailSubject(v), subject: v.title, creator: 'komm-assistenten Datendrehscheibe' },
    language: 'de-DE',
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${v.municipality.name} · ${v.reference}`, fontSize: 8, color: '#555555' },
        { text: `Seite ${page} von ${pages}`, fontSize: 8, alignment: 'right' },
      ],
      margin: [50, 15, 50, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
  };
}

/** The PDF's bytes. */
export async function renderPdf(v: ApplicationView): Promise<Buffer> {
  const pm = await pdfmake();
  return pm.createPdf(pdfDefinition(v)).getBuffer();
}
