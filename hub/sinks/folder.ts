/**
 * Folder sink (a DMS import drop): `DATA_DIR/<path>/<reference>/` holding `antrag.json` (the
 * envelope plus its receipt), `antrag.pdf` and the uploaded files (`1-<name>`, `2-<name>`, …,
 * hard links to the hub's copy where the file system allows), written into a hidden temporary folder next to it
 * and renamed, so an import job never sees half an application. A folder that is already there
 * was delivered before (a crash between the rename and recording the attempt): delivered.
 * `{ags}` and `{assistant}` in the path are replaced (one drop per municipality or assistant).
 */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { attachedFiles, DeliveryError, type Application } from './common.js';

export function folderPath(path: string, app: Application): string {
  return path
    .replaceAll('{ags}', app.envelope.municipality.ags)
    .replaceAll('{assistant}', app.envelope.assistant.id);
}

/**
 * A file system error as the operator reads it (the delivery's `lastError`, the console): what
 * is wrong with which folder and what to do, with the system's code kept at the end.
 */
export function folderProblem(e: unknown, folder: string): Error {
  const code = (e as { code?: string }).code ?? '';
  const text =
    code === 'ENOTDIR' || code === 'EEXIST'
      ? `Ordner ${folder} kann nicht angelegt werden: ein Teil des Pfads ist eine Datei. Pfad der Senke in der Datei der Nachrichtenflüsse prüfen oder die Datei entfernen, dann erneut zustellen.`
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? `Keine Schreibrechte für ${folder}: Rechte des Benutzers prüfen, unter dem die Datendrehscheibe läuft, dann erneut zustellen.`
        : code === 'ENOSPC' || code === 'EDQUOT'
          ? `Kein Speicherplatz mehr für ${folder}: Platz schaffen, dann erneut zustellen.`
          : `Ablage in ${folder} fehlgeschlagen: ${(e as Error).message ?? String(e)}`;
  return new Error(code ? `${text} (${code})` : text);
}

export async function deliverFolder(
  dataDir: string,
  path: string,
  app: Application,
): Promise<void> {
  try {
    await writeFolder(dataDir, path, app);
  } catch (e) {
    // A missing upload and the like already say what to do (and whether retrying helps).
    throw e instanceof DeliveryError ? e : folderProblem(e, folderPath(path, app));
  }
}

async function writeFolder(dataDir: string, path: string, app: Application): Promise<void> {
  const target = join(dataDir, folderPath(path, app), app.reference);
  if (existsSync(target)) return;
  const files = attachedFiles(dataDir, app);
  const pdf = await app.pdf();
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${app.reference}.${process.pid}.tmp`);
  await rm(tmp, { recursive: true, force: true });
  try {
    await mkdir(tmp);
    await writeFile(join(tmp, 'antrag.json'), app.json);
    await writeFile(join(tmp, 'antrag.pdf'), pdf);
    for (const f of files)
      await link(f.path, join(tmp, f.safeName)).catch(() =>
        copyFile(f.path, join(tmp, f.safeName)),
      );
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}
