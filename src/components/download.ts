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

/** The answers file ("Angaben herunterladen"): the answers with the assistant and schema version. */
export function downloadAnswers(
  def: { id: string; schemaVersion: string },
  answers: unknown,
): void {
  const { id, schemaVersion } = def;
  downloadJson(`${id}-angaben.json`, {
    assistant: id,
    schemaVersion,
    savedAt: new Date().toISOString(),
    answers,
  });
}
