import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (this file is tests/support/module-graph.ts). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What one source file imports at run time (type-only imports are left out: they vanish when compiled). */
export interface RuntimeImports {
  /** Files inside the package, relative to its root. */
  readonly files: readonly string[];
  /** Packages by name (`zod`, `@date-fns/tz`). */
  readonly packages: readonly string[];
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

/** A dynamic `import('./x.js')`: loaded later, but still what the module reaches at run time. */
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** The file a relative specifier names: TypeScript sources are imported with `.js`. */
function resolveRelative(from: string, specifier: string): string {
  const target = resolve(dirname(join(packageRoot, from)), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target]) {
    if (existsSync(candidate)) return relative(packageRoot, candidate);
  }
  throw new Error(`${from} imports ${specifier}, which does not exist.`);
}

/** The run-time imports of one file (a path relative to the package root). */
export function runtimeImports(file: string): RuntimeImports {
  const source = readFileSync(join(packageRoot, file), 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    if (match[1]) continue;
    const specifier = match[2]!;
    if (specifier.startsWith('.')) files.push(resolveRelative(file, specifier));
    else packages.push(packageName(specifier));
  }
  for (const match of source.matchAll(DYNAMIC_IMPORT)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.')) files.push(resolveRelative(file, specifier));
    else packages.push(packageName(specifier));
  }
  return { files, packages };
}

/** Every file and package a module reaches at run time, itself included. */
export function runtimeClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const imports = runtimeImports(file);
    for (const name of imports.packages) packages.add(name);
    queue.push(...imports.files);
  }
  return { files, packages };
}

/** Packages that read or check what people write: the authoring face's, never the browser's. */
export const AUTHORING_PACKAGES = /^(zod|yaml|unified|vfile.*|remark-.*|micromark.*|mdast-.*|acorn.*|@mdx-js\/.*|estree-.*)$/;
