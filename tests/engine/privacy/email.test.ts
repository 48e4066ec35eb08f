import { describe, expect, it } from 'vitest';
import { findEmails, isReservedEmailDomain } from '../../../engine/privacy/email.js';

describe('isReservedEmailDomain', () => {
  it.each(['example.org', 'example.com', 'example.net', 'school.example.org', 'nhs.example', 'council.test', 'mailer.invalid', 'EXAMPLE.ORG'])(
    'treats %s as reserved',
    (domain) => {
      expect(isReservedEmailDomain(domain)).toBe(true);
    },
  );

  it.each(['example.co.uk', 'notexample.org', 'example.org.uk', 'testing.com'])('treats %s as real', (domain) => {
    expect(isReservedEmailDomain(domain)).toBe(false);
  });
});

describe('findEmails', () => {
  it('finds addresses at real-looking domains and drops a sentence-ending full stop', () => {
    const found = findEmails('Write to kelly.h1988@mailbox-demo.co.uk. Or daz_1987@chatmail.biz!');
    expect(found.map((c) => c.text)).toEqual(['kelly.h1988@mailbox-demo.co.uk', 'daz_1987@chatmail.biz']);
  });

  it('does not report addresses at reserved domains', () => {
    expect(findEmails('dsl@school.example.org, panel@nyscp.example.net, asc@council.test')).toEqual([]);
  });

  it('ignores an @ without a plausible address around it', () => {
    expect(findEmails('meet @ 10, @handle, a@b, x@y.z1')).toEqual([]);
  });

  it('suggests an example.org address', () => {
    expect(findEmails('a@mailbox-demo.co.uk')[0]?.suggestion).toMatch(/example\.org/);
  });
});
