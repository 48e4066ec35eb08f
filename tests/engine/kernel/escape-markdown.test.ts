import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../engine/kernel/escape-markdown.js';
import { packageRoot } from '../../support/module-graph.js';
import { unsafeMarkdownParts } from '../../robustness/support/markdown-safety.js';

describe('escapeMarkdown', () => {
  it('turns markup characters into literals, so HTML, links and emphasis stay text', () => {
    expect(escapeMarkdown('<b>*hi*</b> [x](javascript:y) `c` # | ~ !')).toBe('&lt;b\\>\\*hi\\*&lt;/b\\> \\[x\\](javascript:y) \\`c\\` \\# \\| \\~ \\!');
    expect(unsafeMarkdownParts(escapeMarkdown('<script>x</script> <javascript:alert(1)> [a]: data:x'))).toEqual([]);
  });

  it('leaves ordinary sentences as they are', () => {
    expect(escapeMarkdown('Good Friday (Fri 26 Mar 2027), 1.limit: late by 4 hours.')).toBe('Good Friday (Fri 26 Mar 2027), 1.limit: late by 4 hours.');
  });

  it('keeps GFM from linking an xmpp: address, the one scheme it would link outside http, https and mailto', () => {
    expect(unsafeMarkdownParts(escapeMarkdown('talk on xmpp:jo@chat.example.org or XMPP:jo@chat.example.org'))).toEqual([]);
  });

  it('is the one Markdown escaper: the debrief, audit and reflective-log exports use it and none has its own', () => {
    const exports = ['engine/debrief/debrief-to-markdown.ts', 'engine/case/audit-to-markdown.ts', 'engine/reflective-log/reflective-log-to-markdown.ts'];
    for (const file of exports) expect(readFileSync(join(packageRoot, file), 'utf8'), file).toMatch(/import \{[^}]*\bescapeMarkdown\b[^}]*\} from '\.\.\/kernel\/escape-markdown\.js'/);
    const engine = readdirSync(join(packageRoot, 'engine'), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => relative(packageRoot, join(entry.parentPath, entry.name)));
    const escapers = engine.filter((file) => /function escapeMarkdown\b|escapeMarkdown\s*=/.test(readFileSync(join(packageRoot, file), 'utf8')));
    expect(escapers).toEqual(['engine/kernel/escape-markdown.ts']);
  });
});
