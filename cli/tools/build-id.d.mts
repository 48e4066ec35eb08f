/** The build id of the project at `root`: a SHA-256 (64 hex digits) over engine/, cli/, package.json and package-lock.json. */
export function computeBuildId(root: string): string;
