import type { Document } from 'yaml';

/** The plain data of a parsed YAML document, or why it could not be had. */
export type YamlData = { ok: true; data: unknown } | { ok: false; message: string };

/** What to tell an author whose file could not be turned into data. */
export const YAML_ALIAS_HINT = 'Avoid YAML anchors and aliases (`&name`, `*name`); write each value out.';

/**
 * Turns a parsed YAML document into plain data without ever throwing.
 * `Document.toJS` throws on an alias to an anchor that does not exist
 * (`*Scene`) and on alias bombs; every reader of author-written YAML
 * (frontmatter, plans, case files, closure files) goes through here so none
 * of them can crash on such input.
 *
 * @example
 * const result = yamlDocumentToData(parseDocument('a: *missing'));
 * result.ok; // false
 */
export function yamlDocumentToData(document: Document): YamlData {
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: 50 }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
