import type { Command } from '../cli-io.js';

/** Placeholder replaced by the deadline calculator (issue 2, section 5). */
export const deadlinesCommand: Command = async (_argv, io) => {
  io.stdout.write('deadlines: not built yet\n');
  return 0;
};
