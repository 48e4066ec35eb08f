/**
 * Colour for the Ink apps. Ink styles text with chalk, so chalk's level is
 * what the terminal can show; the decision itself is the one colour rule of
 * cli/terminal/color.ts. Turning chalk's level to 0 removes every escape code
 * (colours, bold, underline) when colour is off.
 */
import chalk from 'chalk';
import { wantsColor } from '../terminal/index.js';

/**
 * Whether the app uses colour; when not, all styling is switched off.
 *
 * @example
 * const theme = createTheme(chooseInkColor(io.env, options['no-color']));
 */
export function chooseInkColor(env: Record<string, string | undefined>, noColor: boolean): boolean {
  const color = wantsColor(env, { noColor, canShow: chalk.level > 0 });
  if (!color) chalk.level = 0;
  return color;
}
