/**
 * The workshop command's options: named tables kept as typed (trimmed),
 * bad names and numbers refused with a hint, and the site address for the
 * record's links from --site-url or the environment.
 */
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../cli/cli-io.js';
import { readWorkshopOptions, SITE_URL_ENV } from '../../../cli/commands/workshop/workshop-options.js';

const read = (argv: string[], env: Record<string, string> = {}) => readWorkshopOptions(['closing-too-soon', ...argv], env);

describe('readWorkshopOptions', () => {
  it('takes a number of tables, or their names separated by commas', () => {
    expect(read([]).tables).toBe(4);
    expect(read(['--tables', '6']).tables).toBe(6);
    expect(read(['--tables', "Police, Health ,School,Children's social care"]).tables).toEqual(['Police', 'Health', 'School', "Children's social care"]);
  });

  it('refuses bad table names and numbers with a usage error and an example', () => {
    for (const [tables, message] of [
      ['0', /from 1 to 20/],
      ['21', /from 1 to 20/],
      ['0x10', /plain digits/],
      ['1e1', /plain digits/],
      ['4.0', /plain digits/],
      ['Police,,Health', /must not be blank/],
      ['Police,police', /cannot both be called/],
      [`Police,${'x'.repeat(40)}`, /at most 32 characters/],
      [Array.from({ length: 21 }, (_, index) => `T${index}`).join(','), /at most 20/],
    ] as const) {
      let thrown: unknown;
      try {
        read(['--tables', tables]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, tables).toBeInstanceOf(CliUsageError);
      expect((thrown as CliUsageError).message).toMatch(message);
      expect((thrown as CliUsageError).hint).toMatch(/--tables|tables/);
    }
  });

  it('reads the site address from --site-url or the environment, and refuses one that is not a web address', () => {
    expect(read([]).siteUrl).toBeUndefined();
    expect(read(['--site-url', 'https://example.org/common-ground/']).siteUrl).toBe('https://example.org/common-ground');
    expect(read([], { [SITE_URL_ENV]: 'https://partnership.example.org' }).siteUrl).toBe('https://partnership.example.org');
    expect(read(['--site-url', 'https://a.example'], { [SITE_URL_ENV]: 'https://b.example' }).siteUrl).toBe('https://a.example');
    expect(() => read(['--site-url', 'example.org'])).toThrow(/must be a full web address/);
    expect(() => read(['--site-url', 'javascript:alert(1)'])).toThrow(/http or https/);
    expect(() => read(['--read-only', '--take-over'])).toThrow(/cannot go together/);
  });

  it('takes --autostart, --plain, --export-dir and the minutes', () => {
    expect(read(['--autostart', '--plain', '--export-dir', 'out', '--minutes', '2.5'])).toMatchObject({ autostart: true, plain: true, exportDir: 'out', minutes: 2.5 });
    expect(() => read(['--minutes', '0'])).toThrow(/--minutes/);
    for (const written of ['0x3', '3e0', '', ' ', 'three']) expect(() => read(['--minutes', written]), written).toThrow(/--minutes/);
  });

  it('serves phones only when asked, and checks where', () => {
    expect(read([]).serve).toBeNull();
    expect(read(['--serve']).serve).toEqual({ host: undefined, port: undefined, allowPublic: false });
    expect(read(['--serve', '--host', '127.0.0.1', '--port', '9000']).serve).toEqual({ host: '127.0.0.1', port: 9000, allowPublic: false });
    for (const [argv, message] of [
      [['--host', '127.0.0.1'], /are for a workshop served to phones/],
      [['--port', '9000'], /are for a workshop served to phones/],
      [['--serve', '--port', '70000'], /from 1 to 65535/],
      [['--serve', '--port', '0x20'], /from 1 to 65535/],
      [['--serve', '--plain'], /needs the full-screen workshop/],
      [['--serve', '--read-only'], /cannot serve phones/],
    ] as const) {
      expect(() => read([...argv]), argv.join(' ')).toThrowError(CliUsageError);
      expect(() => read([...argv]), argv.join(' ')).toThrowError(message);
    }
  });
});
