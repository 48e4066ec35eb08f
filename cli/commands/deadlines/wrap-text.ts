/**
 * Word-wraps plain text to a width, for table cells in a terminal. Words
 * longer than the width are broken, so no line ever overflows its column.
 */

/**
 * Splits text into lines no longer than `width`, breaking at spaces where it
 * can. Existing line breaks are kept.
 *
 * @example
 * wrapText('Professional from the referring agency', 16);
 * // ['Professional', 'from the', 'referring agency']
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > limit) {
        if (line !== '') {
          lines.push(line);
          line = '';
        }
        lines.push(rest.slice(0, limit));
        rest = rest.slice(limit);
      }
      if (line === '') line = rest;
      else if (line.length + 1 + rest.length <= limit) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}
