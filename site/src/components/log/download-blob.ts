/**
 * Offers a binary file (the Word document) as a download, the way
 * `downloadText` offers text: a Blob behind an object URL, clicked from a
 * temporary link, so nothing is sent anywhere.
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
