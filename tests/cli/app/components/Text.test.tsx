import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Box } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Text } from '../../../../cli/app/components/Text.js';
import { packageRoot } from '../../../support/module-graph.js';
import { HOSTILE, STEERING } from '../../../robustness/support/hostile-files.js';

afterEach(() => cleanup());

function HostileWords() {
  return (
    <Box flexDirection="column">
      <Text bold>
        Title {HOSTILE} <Text italic>nested {HOSTILE}</Text>
        <>in a fragment {HOSTILE}</>
        {[`in a list ${HOSTILE}`, 7]}
      </Text>
      <Text wrap="truncate-end" aria-label={`label ${HOSTILE}`}>
        {`plain ${HOSTILE}`}
      </Text>
    </Box>
  );
}

describe('Text', () => {
  it('shows strings as text, however they are nested, with nothing a terminal would act on', () => {
    const { lastFrame } = render(<HostileWords />);
    const frame = lastFrame() ?? '';
    for (const words of ['Title', 'nested', 'in a fragment', 'in a list', '7', 'plain']) expect(frame).toContain(words);
    expect(frame).toContain('\uFFFD]0;PWNED\uFFFD');
    expect(frame).not.toMatch(STEERING);
  });

  it("is the only Ink text in the terminal app: no other module imports Ink's own Text or Transform", () => {
    const cli = join(packageRoot, 'cli');
    const sources = readdirSync(cli, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    const offenders = sources.filter((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'ink'/g)].map((match) => match[1]!);
      return imports.some((names) => /\b(Text|Transform)\b/.test(names));
    });
    expect(offenders.map((file) => relative(packageRoot, file))).toEqual(['cli/app/components/Text.tsx']);
  });
});
