/**
 * Ink styles text with chalk; turning chalk's level to 0 removes every escape
 * code (colours, bold, underline) when colour is off.
 */
import chalk from 'chalk';

/** The colour level chalk detected for this terminal (0 = none). */
export function detectedColorLevel(): number {
  return chalk.level;
}

/** Stops all styling escape codes. */
export function disableStyling(): void {
  chalk.level = 0;
}
