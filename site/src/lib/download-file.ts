/**
 * Offering a file the page made as a download: a Blob behind an object URL,
 * clicked from a temporary link, so nothing is sent anywhere. One place for
 * the debrief, the calculator's calendar, the reflective log (text and Word)
 * and set-aside data.
 */

/**
 * Offers a Blob as a file download.
 *
 * @example
 * ```ts
 * downloadBlob('reflective-log.docx', await logToDocx(blocks));
 * ```
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next task: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Offers text as a file download.
 *
 * @example
 * ```ts
 * downloadText('debrief.md', markdown, 'text/markdown');
 * ```
 */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
