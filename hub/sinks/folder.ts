/**
 * Folder sink (a DMS import drop): `DATA_DIR/<path>/<reference>/` holding `antrag.json` (the
 * envelope plus its receipt) and `antrag.pdf`, written into a hidden temporary folder next to it
 * and renamed, so an import job never sees half an application. A folder that is already there
 * was delivered before (a crash between the rename and recording the attempt): delivered.
 * `{ags}` and `{assistant}` in the path are replaced (one drop per municipality or assistant).
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Application } from './common.js';

export function folderPath(path: string, app: Application): string {
  return path
    .replaceAll('{ags}', app.envelope.municipality.ags)
    .replaceAll('{assistant}', app.envelope.assistant.id);
}

export async function deliverFolder(
  dataDir: string,
  path: string,
  app: Application,
): Promise<void> {
  const target = join(dataDir, folderPath(path, app), app.reference);
  if (existsSync(target)) return;
  const pdf = await app.pdf();
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${app.reference}.${process.pid}.tmp`);
  await rm(tmp, { recursive: true, force: true });
  try {
    await mkdir(tmp);
    await writeFile(join(tmp, 'antrag.json'), app.json);
    await writeFile(join(tmp, 'antrag.pdf'), pdf);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}
