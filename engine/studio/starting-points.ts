/**
 * The three ways into the studio: the template, a resolved case's timeline
 * (audited and scaffolded in the browser, as `common-ground case scaffold`
 * does), or a local `.mdx` file the author opens. Each gives the draft's
 * text and a name for it, or the problems that stop it, already worded as
 * `validate` prints them (`file:line:column: error: …` and a hint).
 */
import { auditCase } from '../case/audit-case.js';
import { auditToMarkdown } from '../case/audit-to-markdown.js';
import { CaseFileError } from '../case/case-error.js';
import { summariseAudit } from '../case/describe-check-result.js';
import { parseCaseFile } from '../case/parse-case-file.js';
import { scaffoldScenario } from '../case/scaffold-scenario.js';
import { countOf } from '../kernel/count-of.js';
import { INPUT_CAPS } from '../kernel/input-caps.js';
import { isRecord } from '../kernel/is-record.js';
import { describeInputLimit, findOversize } from '../kernel/input-limit.js';
import { createLineIndex } from '../kernel/line-index.js';
import { readYaml } from '../kernel/yaml-document.js';
import type { ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import { formatFinding, hasErrors, makeFinding, type Finding } from '../scenario/finding.js';
import { checkScenarioSource } from '../scenario/validate-scenario.js';
import { fillTemplate, type FillTemplateOptions } from './fill-template.js';

/** A draft to open in the editor, or why there is none. */
export type StartResult =
  | {
      ok: true;
      /** A name for the draft: the scenario's title, else the file's name. */
      name: string;
      /** The draft's text. */
      text: string;
      /** For a case file: its audit as Markdown, for the subgroup's minutes. */
      auditMarkdown?: string;
      /** Sentences for the author about what they have (and what to do next). */
      notes: string[];
    }
  | {
      ok: false;
      /** Each problem as `file:line:column: error: message` and a hint. */
      errors: string[];
    };

/** The text's findings that are errors, formatted; or none. */
function errorsOf(findings: readonly Finding[]): string[] {
  return findings.filter((finding) => finding.severity === 'error').map(formatFinding);
}

/** The title a draft's frontmatter gives, when it can be read. */
function titleOf(text: string, file: string, protocols: ProtocolCatalogue | undefined): { title: string | undefined; findings: Finding[] } {
  const { scenario, findings } = checkScenarioSource(text, file, protocols ? { protocols } : {});
  return { title: scenario?.frontmatter.title, findings };
}

/** The frontmatter's block at the top of a scenario file, as the parser finds it. */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The `title` in a file's frontmatter, read without parsing the rest: an
 * opened file may be large, and the editor checks it in full straight away.
 */
function frontmatterTitle(text: string): string | undefined {
  const block = FRONTMATTER.exec(text)?.[1];
  if (block === undefined) return undefined;
  const read = readYaml({ text: block });
  const title = read.ok && isRecord(read.data) ? read.data.title : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}

/** `closing-too-soon` for `…/closing-too-soon.mdx`, `on-time` for `on-time.case.yaml`. */
function baseName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.case\.ya?ml$/i, '').replace(/\.(mdx|ya?ml)$/i, '') || base;
}

/** Options for {@link startFromTemplate}. */
export interface StartFromTemplateOptions extends Partial<FillTemplateOptions> {
  /** The name the template's problems are reported against; `new-scenario.mdx` by default. */
  fileName?: string;
  /** The protocols known by id, to check the draft against; the built-in ones when left out. */
  protocols?: ProtocolCatalogue;
}

/**
 * A new draft from the template. With `today` (and optionally a title,
 * audience or protocol) it is filled in as `common-ground new` fills it;
 * without, it is the template as it is. The template passes the validator,
 * so anything else is reported as errors (the bundled template is broken).
 *
 * @example
 * const start = startFromTemplate(templateText, { today: '2026-11-20' });
 * if (start.ok) start.name; // 'A new scenario'
 */
export function startFromTemplate(templateText: string, options: StartFromTemplateOptions = {}): StartResult {
  const file = options.fileName ?? 'new-scenario.mdx';
  let text = templateText;
  if (options.today !== undefined) {
    try {
      text = fillTemplate(templateText, { ...options, today: options.today });
    } catch (error) {
      return { ok: false, errors: [formatFinding(makeFinding('error', 'missing-frontmatter', error instanceof Error ? error.message : String(error), 'The bundled template should start with a `---` block; reinstall Common Ground or report it.', file, { line: 1, column: 1 }))] };
    }
  }
  const { title, findings } = titleOf(text, file, options.protocols);
  const errors = errorsOf(findings);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    name: title ?? baseName(file),
    text,
    notes: ['Every part of the template is an example: replace its story, choices and endings with your own, checking as you go.'],
  };
}

/** Options for {@link startFromCaseFile}. */
export interface StartFromCaseFileOptions {
  /** Today, `YYYY-MM-DD`, for the draft's `provenance.reviewed` (the engine has no clock). */
  today: string;
  /** The protocols known by id; the built-in ones when left out. */
  protocols?: ProtocolCatalogue;
}

/** A case file error as `validate` prints a finding. */
function caseErrorLines(error: CaseFileError): string[] {
  if (error.findings.length > 0) return error.findings.map(formatFinding);
  return [formatFinding(makeFinding('error', 'schema', error.message, error.hint, error.file, { line: error.line, column: error.column }))];
}

/**
 * A draft scenario from a resolved case's timeline file: read and checked
 * (the personal-data guard included), audited against its protocol's
 * deadlines, and scaffolded, as `common-ground case scaffold` does. The
 * draft passes the validator with warnings only; the audit comes as
 * Markdown too.
 *
 * @example
 * const start = startFromCaseFile(text, 'on-time.case.yaml', { today: '2026-12-01' });
 * if (!start.ok) start.errors[0]; // 'on-time.case.yaml:12:15: error: … looks like an NHS number …'
 */
export function startFromCaseFile(text: string, fileName: string, options: StartFromCaseFileOptions): StartResult {
  const protocols = options.protocols;
  const { caseFile, findings } = parseCaseFile(text, fileName, protocols ? { protocols } : {});
  if (!caseFile) return { ok: false, errors: findings.map(formatFinding) };
  let draft: string;
  let audit;
  try {
    audit = auditCase(caseFile, { file: fileName, ...(protocols ? { protocols } : {}) });
    draft = scaffoldScenario(caseFile, audit, { today: options.today, caseFileName: fileName, ...(protocols ? { protocols } : {}) });
  } catch (error) {
    if (error instanceof CaseFileError) return { ok: false, errors: caseErrorLines(error) };
    throw error;
  }
  const draftFile = `${baseName(fileName)}.mdx`;
  const checked = checkScenarioSource(draft, draftFile, protocols ? { protocols } : {});
  // The scaffold is written to pass; if it does not, that is Common Ground's bug, shown rather than hidden.
  if (hasErrors(checked.findings)) return { ok: false, errors: errorsOf(checked.findings) };
  return {
    ok: true,
    name: caseFile.title ?? baseName(fileName),
    text: draft,
    auditMarkdown: auditToMarkdown(audit),
    notes: [
      summariseAudit(audit),
      `A draft scenario from ${fileName}: replace each "> **Author:**" note with your own words, and add everyone you name to the cast.`,
      ...findings.map(formatFinding),
    ],
  };
}

/**
 * A local `.mdx` file the author opened. Refused, with the reason at its
 * place: a name that does not end in `.mdx`, a text over `maxBytes` (and
 * never over `INPUT_CAPS.scenarioFileBytes`), or a NUL character, which
 * text a person wrote never holds (the file is binary, or not UTF-8). A
 * file that opens may still have findings: the editor checks it next.
 *
 * @example
 * startFromFile('closing-too-soon.mdx', text, 5 * 1024 * 1024); // { ok: true, name: 'Closing too soon', … }
 * startFromFile('photo.jpg', bytes, 5 * 1024 * 1024); // { ok: false, errors: ['photo.jpg:1:1: error: … not an .mdx file …'] }
 */
export function startFromFile(fileName: string, text: string, maxBytes: number): StartResult {
  const refuse = (code: Parameters<typeof makeFinding>[1], message: string, hint: string, offset = 0): StartResult => {
    const at = offset === 0 ? { line: 1, column: 1 } : createLineIndex(text.slice(0, offset + 1)).pointAt(offset);
    return { ok: false, errors: [formatFinding(makeFinding('error', code, message, hint, fileName, at))] };
  };
  if (!/\.mdx$/i.test(fileName)) {
    return refuse('unreadable-file', `${fileName} is not an .mdx file, so it is not a scenario.`, 'Open a scenario file ending in .mdx, or start from the template or a case file.');
  }
  const cap = Math.min(maxBytes, INPUT_CAPS.scenarioFileBytes);
  const oversize = findOversize(text, cap);
  if (oversize !== undefined) {
    const { message, hint } = describeInputLimit('too-large', cap, 'The file');
    return refuse('file-too-large', message, hint, oversize);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return refuse('control-character', `${fileName} holds a NUL character, so it is a binary file or not UTF-8 text, not a scenario.`, 'Open the .mdx file itself, saved as UTF-8 text.', nul);
  }
  const notes = [`Opened ${fileName}; the studio checks it as soon as it is in the editor.`];
  // The browser reads a file that is not UTF-8 with U+FFFD for each byte it cannot read.
  const unreadable = [...text.matchAll(/\uFFFD/g)].length;
  if (unreadable > 0) notes.push(`${countOf(unreadable, 'character')} could not be read as UTF-8 and show as �: save the file as UTF-8 and open it again, or retype them.`);
  return { ok: true, name: frontmatterTitle(text) ?? baseName(fileName), text, notes };
}
