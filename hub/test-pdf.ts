/** Tests only: the text of a PDF, read back with pdf.js (legacy build, the one that runs on Node 20). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page (pdf.js joins the runs of a line). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const { items } = await page.getTextContent();
    pages.push(items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
    page.cleanup();
  }
  await task.destroy();
  return pages.join('\n');
}
