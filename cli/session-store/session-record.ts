/**
 * The session file: a small envelope around the engine's serialised session
 * (solo play) or workshop (a room of tables), with what the start menu needs
 * to list it without loading the scenario.
 */
import { z } from 'zod';

/** The version of the envelope; the engine versions what is inside it. */
export const SESSION_RECORD_VERSION = 1;

/** Shape check for a session file; the payloads are checked by the engine on restore. */
export const SessionRecordSchema = () =>
  z.object({
    /** Marks the file as ours, so a stray JSON file is not mistaken for a session. */
    kind: z.literal('common-ground-session'),
    /** {@link SESSION_RECORD_VERSION}. */
    recordVersion: z.literal(SESSION_RECORD_VERSION),
    /** Solo play or a workshop room. */
    mode: z.enum(['solo', 'workshop']),
    /** The scenario id (its file name without `.mdx`). */
    scenarioId: z.string().min(1),
    /** The scenario title when the session was saved, for the start menu. */
    scenarioTitle: z.string(),
    /** The scenario file played, so a session of a non-bundled file can be resumed. */
    scenarioFile: z.string(),
    /** Wall-clock time the session was started (ISO). */
    startedAt: z.string(),
    /** Wall-clock time of the last save (ISO). */
    savedAt: z.string(),
    /** One line describing where the session is, e.g. "Stage 3 · Mon 21 Dec 2026 10:00". */
    progress: z.string(),
    /** Whether an ending was reached. */
    finished: z.boolean(),
    /** The engine's serialised session (solo). */
    session: z.unknown().optional(),
    /**
     * The wording of each choice taken in the session, by choice id, as it
     * was when saved: resuming after the scenario's author renamed a choice
     * finds it again by its wording. Optional, so files written before it
     * still load, and older versions, which drop fields they do not know, read it too.
     */
    choiceLabels: z.record(z.string(), z.string()).optional(),
    /** The engine's serialised workshop (workshop mode). */
    workshop: z.unknown().optional(),
  });

/** A session file's contents. */
export type SessionRecord = z.infer<ReturnType<typeof SessionRecordSchema>>;
