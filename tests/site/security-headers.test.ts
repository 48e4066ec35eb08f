import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The headers a Netlify or Cloudflare Pages `_headers` file sets for `/*`. */
function netlifyHeaders(text: string): Array<[string, string]> {
  const lines = text.split('\n').filter((line) => !line.startsWith('#'));
  const start = lines.indexOf('/*');
  const out: Array<[string, string]> = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}([A-Za-z-]+): (.+)$/.exec(line);
    if (!match) break;
    out.push([match[1]!, match[2]!]);
  }
  return out;
}

const pairs = (text: string, pattern: RegExp): Array<[string, string]> => [...text.matchAll(pattern)].map((match) => [match[1]!, match[2]!]);

describe('the security headers for hosts', () => {
  const netlify = netlifyHeaders(read('site/public/_headers'));

  it('sets frame-ancestors and the other headers a <meta> tag cannot', () => {
    const names = netlify.map(([name]) => name);
    expect(names).toEqual(['Content-Security-Policy', 'X-Frame-Options', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'Strict-Transport-Security']);
    expect(Object.fromEntries(netlify)['Content-Security-Policy']).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
  });

  it('gives nginx exactly the same headers, always sent', () => {
    expect(pairs(read('site/hosting/nginx.conf'), /^ {4}add_header (\S+) "([^"]*)" always;$/gm)).toEqual(netlify);
  });

  it('gives Apache exactly the same headers', () => {
    expect(pairs(read('site/hosting/apache.htaccess'), /^ {4}Header always set (\S+) "([^"]*)"/gm)).toEqual(netlify);
  });

  it('documents exactly these headers, with why, in the hosting guide', () => {
    const rows = pairs(read('site/src/content/hosting.md'), /^\| `([^`]+)` \| `([^`]+)` \| .+ \|$/gm);
    expect(rows).toEqual(netlify);
  });
});
