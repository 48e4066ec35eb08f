/**
 * Offers text as a file download (a Blob behind an object URL, clicked from
 * a temporary link), so nothing is sent anywhere.
 *
 * @example
 * ```ts
 * downloadText('debrief.md', markdown, 'text/markdown');
 * ```
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next task: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
