/** Saves a blob as a file through a temporary link (works without any server round trip). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(fileName: string, mime: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

/** A file name stamp like 2026-11-24T1530. */
export function stamp(date = new Date()): string {
  return date.toISOString().slice(0, 16).replace(':', '');
}
