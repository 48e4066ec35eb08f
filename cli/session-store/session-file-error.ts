/**
 * The session store's error: a session file that cannot be used or
 * written, in words (what is wrong, then what to do), never a raw system
 * error.
 */

/** A session file cannot be used or written; `hint` says what to do. */
export class SessionFileError extends Error {
  override name = 'SessionFileError';
  constructor(
    message: string,
    readonly hint: string,
    /** The session file. */
    readonly file: string,
  ) {
    super(message);
  }
}

/**
 * A session file another Common Ground holds (its lock): `heldBy` says who
 * (process, machine, since when), and `canTakeOver` whether the lock is old
 * enough to be probably left behind, so it may be taken over on request.
 */
export class SessionInUseError extends SessionFileError {
  override name = 'SessionInUseError';
  constructor(
    message: string,
    hint: string,
    file: string,
    /** Who holds it, e.g. "process 4242 on this computer, since Fri 18 Dec 2026, 09:30 London time". */
    readonly heldBy: string,
    /** True when the lock is probably left behind and may be taken over on request. */
    readonly canTakeOver: boolean,
  ) {
    super(message, hint, file);
  }
}

/**
 * A file marked read-only, which a save refuses to replace (renaming a new
 * file over it would otherwise succeed, and undo the mark). `code` is
 * EACCES, as the system would say were it asked to write the file itself.
 */
export class ReadOnlyFileError extends Error {
  override name = 'ReadOnlyFileError';
  readonly code = 'EACCES';
  constructor(
    /** The read-only file. */
    readonly file: string,
  ) {
    super(`EACCES: ${file} is read-only`);
  }
}

/**
 * Why writing a file failed, in words, for a system error from `fs`.
 *
 * @example
 * writeFailure(Object.assign(new Error('…'), { code: 'ENOSPC' })); // { reason: 'the disk is full', hint: 'Free some space, then try again.' }
 */
export function writeFailure(error: unknown): { reason: string; hint: string } {
  if (error instanceof ReadOnlyFileError) return { reason: `${error.file} is read-only`, hint: `Make it writable again (chmod u+w ${error.file}), or use another file.` };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return { reason: 'the disk is full', hint: 'Free some space, then try again.' };
    case 'EDQUOT':
      return { reason: 'your disk quota is used up', hint: 'Free some space, then try again.' };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'permission was denied', hint: 'Check that you may write to that folder.' };
    case 'EROFS':
      return { reason: 'the disk is read-only', hint: 'Use a folder on a disk you can write to.' };
    case 'EISDIR':
      return { reason: 'a folder is in the way', hint: 'Choose another file name.' };
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: 'its folder does not exist', hint: 'Create the folder first, or choose another file name.' };
    default:
      return { reason: error instanceof Error ? error.message : String(error), hint: 'Check that the folder exists and you may write to it.' };
  }
}
