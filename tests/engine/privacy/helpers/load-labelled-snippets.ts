import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { isPersonalDataKind } from '../../../../engine/privacy/personal-data-kinds.js';
import type { LabelledSnippet } from './measure-precision-recall.js';

/** Where the labelled set lives. */
export const LABELLED_SNIPPETS_PATH = fileURLToPath(
  new URL('../../../fixtures/privacy/labelled-snippets.yaml', import.meta.url),
);

/**
 * Reads and checks the labelled set: every snippet has an id, text and a
 * labels list of known kinds; ids are unique.
 *
 * @example
 * const snippets = loadLabelledSnippets();
 */
export function loadLabelledSnippets(path = LABELLED_SNIPPETS_PATH): LabelledSnippet[] {
  const document = parse(readFileSync(path, 'utf8')) as { snippets?: unknown };
  if (!Array.isArray(document.snippets)) throw new Error(`${path}: expected a top-level "snippets" list`);
  const seen = new Set<string>();
  return document.snippets.map((raw: Record<string, unknown>, index: number) => {
    const { id, text, cast, labels } = raw;
    if (typeof id !== 'string' || typeof text !== 'string' || !Array.isArray(labels)) {
      throw new Error(`${path}: snippet ${index + 1} needs an id, a text and a labels list`);
    }
    if (seen.has(id)) throw new Error(`${path}: duplicate snippet id ${id}`);
    seen.add(id);
    for (const label of labels as Array<{ kind?: unknown; text?: unknown }>) {
      if (!isPersonalDataKind(label.kind) || typeof label.text !== 'string') {
        throw new Error(`${path}: snippet ${id} has a label without a known kind and a text`);
      }
    }
    return {
      id,
      text,
      cast: Array.isArray(cast) ? cast.map(String) : [],
      labels: labels as LabelledSnippet['labels'],
    };
  });
}
