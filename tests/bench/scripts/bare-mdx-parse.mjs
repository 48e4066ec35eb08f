// The floor for `validate`: the bare MDX parse (unified + remark-parse +
// remark-mdx + remark-frontmatter, which the scenario parser is built on) of
// the scenario files of a folder, in a fresh process as `validate` runs, so
// with the same cold start of the JIT. Prints {"ms": …, "files": …}: the
// parse alone, timed inside the process (loading the modules not counted).
// Usage: node tests/bench/scripts/bare-mdx-parse.mjs FOLDER
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const folder = process.argv[2] ?? 'scenarios';
// The files `validate` reads in a folder: its .mdx files but README.mdx and templates.
const names = readdirSync(folder).filter((name) => name.endsWith('.mdx') && name !== 'README.mdx' && !name.endsWith('.template.mdx'));
const texts = names.map((name) => readFileSync(join(folder, name), 'utf8'));
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).freeze();
const start = performance.now();
for (const text of texts) processor.parse(text);
process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, files: names.length })}\n`);
