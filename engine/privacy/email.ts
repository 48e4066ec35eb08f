import type { PersonalDataCandidate } from './personal-data-finding.js';

/**
 * Domains that can never reach a real mailbox (RFC 2606 and RFC 6761):
 * the three example second-level domains and four reserved top-level names.
 * Subdomains of these are reserved too.
 */
const RESERVED_EMAIL_DOMAINS = {
  secondLevel: ['example.org', 'example.com', 'example.net'],
  topLevel: ['example', 'invalid', 'test', 'localhost'],
} as const;

/**
 * True when an email domain is reserved for documentation and tests.
 *
 * @example
 * isReservedEmailDomain('school.example.org'); // true
 * isReservedEmailDomain('example.co.uk'); // false
 */
export function isReservedEmailDomain(domain: string): boolean {
  const lower = domain.toLowerCase().replace(/\.$/, '');
  const labels = lower.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if ((RESERVED_EMAIL_DOMAINS.topLevel as readonly string[]).includes(tld)) return true;
  return RESERVED_EMAIL_DOMAINS.secondLevel.some((reserved) => lower === reserved || lower.endsWith(`.${reserved}`));
}

const LOCAL_CHAR = /[\w.%+'-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/**
 * Finds email addresses whose domain is not reserved for examples. Works
 * outwards from each `@`, so a long run of address-like characters costs one
 * pass rather than one pass per starting position.
 *
 * @example
 * findEmails('from kelly.h@mailbox-demo.co.uk and dsl@school.example.org').map((c) => c.text);
 * // ['kelly.h@mailbox-demo.co.uk']
 */
export function findEmails(text: string): PersonalDataCandidate[] {
  const found: PersonalDataCandidate[] = [];
  let searchFrom = 0;
  let claimedUpTo = 0;
  for (;;) {
    const at = text.indexOf('@', searchFrom);
    if (at === -1) break;
    searchFrom = at + 1;
    let start = at;
    while (start > claimedUpTo && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    while (start < at && /[.'-]/.test(text[start] ?? '')) start++; // no leading dot or quote
    let end = at + 1;
    while (end < text.length && DOMAIN_CHAR.test(text[end] ?? '')) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1] ?? '')) end--; // sentence-ending dot
    const domain = text.slice(at + 1, end);
    if (start === at || !isDomainShape(domain)) continue;
    claimedUpTo = end;
    searchFrom = end;
    if (isReservedEmailDomain(domain)) continue;
    const value = text.slice(start, end);
    found.push({
      kind: 'email',
      offset: start,
      text: value,
      message: `"${value}" is an email address at a real-world domain.`,
      suggestion: `Use an address at example.org, which can never reach anyone (for example duty.team@example.org).`,
    });
  }
  return found;
}

// Checked label by label rather than with one regex, whose nested repetition
// would backtrack quadratically on a long dotted run with a bad ending.
function isDomainShape(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] ?? '';
  return /^[A-Za-z]{2,}$/.test(tld) && labels.every((label) => /^[A-Za-z0-9-]+$/.test(label));
}
