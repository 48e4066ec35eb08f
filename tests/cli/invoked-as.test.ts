import { describe, expect, it } from 'vitest';
import { commandLine, invokedAs, namedAsInvoked } from '../../cli/invoked-as.js';

const node = '/usr/bin/node';
const ourScript = 'node cli/tools/ensure-built.mjs && node dist/cli.js';

describe('invokedAs', () => {
  it('is the installed command when started through a bin link, npx or a shim', () => {
    expect(invokedAs({ argv: [node, '/tmp/gp/bin/common-ground', 'new'], env: {}, cwd: '/home/me' })).toBe('common-ground');
    expect(invokedAs({ argv: [node, '/home/me/project/node_modules/.bin/common-ground'], env: {}, cwd: '/home/me/project' })).toBe('common-ground');
    // Windows' npm shim runs the script itself, from under node_modules.
    expect(invokedAs({ argv: [node, 'C:\\Users\\me\\AppData\\Roaming\\npm\\node_modules\\common-ground\\dist\\cli.js'], env: {}, cwd: 'C:\\Users\\me' })).toBe('common-ground');
  });

  it('is the npm script inside the repository, with -- so the arguments reach the program', () => {
    expect(invokedAs({ argv: [node, '/repo/dist/cli.js'], env: { npm_lifecycle_event: 'cli', npm_lifecycle_script: ourScript }, cwd: '/repo' })).toBe('npm run --silent cli --');
    expect(invokedAs({ argv: [node, '/repo/dist/cli.js'], env: { npm_lifecycle_event: 'start', npm_lifecycle_script: ourScript }, cwd: '/repo' })).toBe('npm start --');
  });

  it('ignores a script of someone else’s that calls the installed command, and npm test’s own', () => {
    expect(invokedAs({ argv: [node, '/usr/local/bin/common-ground'], env: { npm_lifecycle_event: 'check', npm_lifecycle_script: 'common-ground validate' }, cwd: '/home/me' })).toBe('common-ground');
    expect(invokedAs({ argv: [node, '/repo/dist/cli.js'], env: { npm_lifecycle_event: 'test', npm_lifecycle_script: 'npm run --silent build && vitest run' }, cwd: '/repo' })).toBe('node dist/cli.js');
  });

  it('is node and the script, relative to the folder when inside it, quoted when it needs it', () => {
    expect(invokedAs({ argv: [node, '/repo/dist/cli.js'], env: {}, cwd: '/repo' })).toBe('node dist/cli.js');
    expect(invokedAs({ argv: [node, 'dist/cli.js'], env: {}, cwd: '/repo' })).toBe('node dist/cli.js');
    expect(invokedAs({ argv: [node, '/repo/dist/cli.js'], env: {}, cwd: '/elsewhere' })).toBe('node /repo/dist/cli.js');
    expect(invokedAs({ argv: [node, '/my repo/dist/cli.js'], env: {}, cwd: '/tmp' })).toBe("node '/my repo/dist/cli.js'");
  });

  it('falls back to the installed command when there is no script', () => {
    expect(invokedAs({ argv: [node], env: {}, cwd: '/' })).toBe('common-ground');
  });
});

describe('commandLine', () => {
  it('puts the program before the arguments, quoting those that need it', () => {
    expect(commandLine(undefined, ['validate', 'outside.mdx'])).toBe('common-ground validate outside.mdx');
    expect(commandLine('npm run --silent cli --', ['validate', 'my file.mdx'])).toBe("npm run --silent cli -- validate 'my file.mdx'");
  });
});

describe('namedAsInvoked', () => {
  it('says each command in a hint as the program was started', () => {
    expect(namedAsInvoked('Run `common-ground case --help` for the options.', 'npm run --silent cli --')).toBe('Run `npm run --silent cli -- case --help` for the options.');
    expect(namedAsInvoked('For example: common-ground deadlines --raised 2026-12-22T10:00', 'node dist/cli.js')).toBe('For example: node dist/cli.js deadlines --raised 2026-12-22T10:00');
  });

  it('leaves web addresses, paths and the installed name alone', () => {
    expect(namedAsInvoked('For example: https://common-ground.example.org', 'node dist/cli.js')).toBe('For example: https://common-ground.example.org');
    expect(namedAsInvoked('in ~/.cache/common-ground now', 'node dist/cli.js')).toBe('in ~/.cache/common-ground now');
    expect(namedAsInvoked('Run `common-ground --help`.', 'common-ground')).toBe('Run `common-ground --help`.');
    expect(namedAsInvoked('Run `common-ground --help`.', undefined)).toBe('Run `common-ground --help`.');
  });
});
