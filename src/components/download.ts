/** Offers a JSON file for download (the citizen's answers, to keep or to continue elsewhere). */
export function downloadJson(filename: string, data: unknown): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(
    new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  );
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/**
 * The answers file ("Antworten als Datei speichern"): the answers with the assistant's id, version
 * and schema version ("Aus Datei fortsetzen" checks them, see `Offline.readFile`). File answers
 * are metadata only (name, type, size): no file's bytes are in it.
 */
export function downloadAnswers(
  def: { id: string; version: string; schemaVersion: string },
  answers: unknown,
): void {
  const { id, version, schemaVersion } = def;
  downloadJson(`${id}-angaben.json`, {
    assistant: id,
    version,
    schemaVersion,
    savedAt: new Date().toISOString(),
    answers,
  });
}
