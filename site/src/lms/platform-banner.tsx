/**
 * The line above the player that says where the play-through is kept: by
 * the learning platform (and what it could not keep), in this browser only
 * when no platform was found, or a plain warning when the platform refused
 * a save. A failed save is said, never hidden.
 */
import type { ScormFailure } from '../../../engine/runtime.js';
import type { PlatformReport } from './lms-persistence.js';

function failureWords(failures: readonly ScormFailure[]): string {
  const first = failures[0];
  if (!first) return '';
  return ` (the platform said: ${first.message}${first.code ? `, error ${first.code}` : ''}${first.element ? ` for ${first.element}` : ''})`;
}

/** Props of {@link PlatformBanner}. */
export interface PlatformBannerProps {
  /** Whether a platform was found and opened the attempt. */
  platform: boolean;
  /** Why the platform could not be opened, if it was found but refused. */
  openFailures: readonly ScormFailure[];
  report: PlatformReport;
}

/** The banner. */
export function PlatformBanner({ platform, openFailures, report }: PlatformBannerProps) {
  if (!platform) {
    const refused = openFailures.length > 0;
    return (
      <p className="lms-banner" role="status">
        {refused
          ? `The learning platform would not start this attempt${failureWords(openFailures)}, so your progress is saved in this browser only and your completion is not recorded.`
          : 'No learning platform found: your progress is saved in this browser only.'}
      </p>
    );
  }
  if (report.kind === 'refused') {
    return (
      <p className="lms-banner lms-banner--warning" role="alert">
        The learning platform did not save your last move{failureWords(report.failures)}. Your progress is still saved in this browser, and the platform is tried again with your next move.
      </p>
    );
  }
  if (report.kind === 'saved' && report.kept !== 'everything') {
    return (
      <p className="lms-banner" role="status">
        {report.kept === 'moves-only'
          ? 'Your progress is recorded by the learning platform. Your written notes are too long for it to keep, so they are saved in this browser only.'
          : `The learning platform can keep only part of a play-through this long (${report.movesLeftOut} moves are saved in this browser only).`}
      </p>
    );
  }
  return (
    <p className="lms-banner" role="status">
      Your progress and completion are recorded by your learning platform.
    </p>
  );
}
