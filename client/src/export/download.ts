/** Saves text as a file through a temporary link (works without any server round trip). */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name stamp like 2026-11-24T1530. */
export function stamp(date = new Date()): string {
  return date.toISOString().slice(0, 16).replace(':', '');
}
