/**
 * Writing the workshop's record (Markdown, or one self-contained HTML page)
 * at any moment of the workshop. Each export is a new file: written whole to
 * a temporary file, flushed, then linked to its name, which fails rather
 * than replace anything there, so an earlier export is never overwritten
 * and a crash leaves no half-written record. A name already taken gets the
 * next number (`…-record-2.md`). A write that fails says why, in words.
 */
import { existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { workshopRecordToHtml, workshopRecordToMarkdown, type WorkshopDebrief } from '../../../engine/index.js';
import type { RecordFormat } from '../../app/workshop/workshop-services.js';
import { createFileSynced } from '../../session-store/create-file-synced.js';
import { writeFailure } from '../../session-store/index.js';


const EXTENSION: Record<RecordFormat, string> = { markdown: 'md', html: 'html' };

/** The file operations an export needs; the real disk by default, a failing one in tests. */
export interface ExportFs {
  mkdirp(dir: string): void;
  /** Creates a new file (never replacing one), writes it whole and flushes it. */
  createFileSynced(path: string, text: string): void;
  /** Gives `from` a second name `to`; fails (EEXIST) when anything is at `to`. */
  link(from: string, to: string): void;
  /** For a disk without hard links: whether anything is at the path, and a rename. */
  exists(path: string): boolean;
  rename(from: string, to: string): void;
  remove(path: string): void;
}

/** Errors of a disk that has no hard links (FAT, some shared drives): the export falls back to a rename onto a free name. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** The real disk. */
export function nodeExportFs(): ExportFs {
  return {
    mkdirp: (dir) => {
      mkdirSync(dir, { recursive: true });
    },
    createFileSynced: (path, text) => createFileSynced(path, text, 0o644),
    link: (from, to) => linkSync(from, to),
    exists: (path) => existsSync(path),
    rename: (from, to) => renameSync(from, to),
    remove: (path) => rmSync(path, { force: true }),
  };
}

/** Where and how the record is written. */
export interface ExportTarget {
  /** The folder: `--export-dir`, or the session file's own. */
  dir: string;
  /** The start of the file name, e.g. `workshop-closing-too-soon-2026-12-18T09-00-00-000Z-record`. */
  stem: string;
  /** When the workshop took place (ISO), shown in London time. */
  date: string;
  /** The site the links point at; without it links are left as their words. */
  siteUrl: string | undefined;
  /** Distinguishes this process's temporary file. */
  token: string;
  fs?: ExportFs;
}

/**
 * The export target for a session file: beside it, or in `exportDir`.
 * @example
 * exportTargetFor('/data/sessions/workshop-x.json', undefined); // { dir: '/data/sessions', stem: 'workshop-x-record' }
 */
export function exportTargetFor(sessionPath: string, exportDir: string | undefined): { dir: string; stem: string } {
  return { dir: exportDir ?? dirname(sessionPath), stem: `${basename(sessionPath).replace(/\.json$/i, '')}-record` };
}

/**
 * Writes the record in one format to a new file; returns its path, or what
 * went wrong and what to do.
 * @example
 * const written = exportWorkshopRecord(debrief, 'html', { dir, stem, date, siteUrl: undefined, token: String(process.pid) });
 */
export function exportWorkshopRecord(debrief: WorkshopDebrief, format: RecordFormat, target: ExportTarget): { files: string[] } | { error: string } {
  const fs = target.fs ?? nodeExportFs();
  const options = { date: target.date, ...(target.siteUrl === undefined ? {} : { siteUrl: target.siteUrl }) };
  const text = format === 'html' ? workshopRecordToHtml(debrief, options) : workshopRecordToMarkdown(debrief, options);
  const extension = EXTENSION[format];
  const temporary = join(target.dir, `.${target.stem}.${extension}.${target.token}.tmp`);
  try {
    fs.mkdirp(target.dir);
    fs.remove(temporary);
    fs.createFileSynced(temporary, text);
    try {
      for (let number = 1; number < 1000; number += 1) {
        const file = join(target.dir, `${target.stem}${number === 1 ? '' : `-${number}`}.${extension}`);
        try {
          fs.link(temporary, file);
          return { files: [file] };
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? '';
          if (NO_LINKS.has(code)) {
            // No hard links here: a rename onto a name that is free (a race with another export is all but impossible).
            if (fs.exists(file)) continue;
            fs.rename(temporary, file);
            return { files: [file] };
          }
          if (code !== 'EEXIST') throw error;
        }
      }
      return { error: `The record was not exported: ${target.dir} already holds 999 records of this workshop. Move some away, or export to another folder with --export-dir.` };
    } finally {
      fs.remove(temporary);
    }
  } catch (error) {
    const { reason, hint } = writeFailure(error);
    return { error: `The record was not exported to ${target.dir}: ${reason}. ${hint} Or export to another folder with --export-dir.` };
  }
}
