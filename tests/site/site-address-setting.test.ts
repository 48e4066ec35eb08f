import { describe, expect, it } from 'vitest';
import { SITE_ADDRESS_VARIABLE, siteAddressSetting } from '../../site/src/lib/site-address-setting.js';

describe('siteAddressSetting', () => {
  it('is undefined when not set, so downloads link to where the page was loaded from', () => {
    expect(siteAddressSetting({})).toBeUndefined();
    expect(siteAddressSetting({ [SITE_ADDRESS_VARIABLE]: '  ' })).toBeUndefined();
  });

  it('gives the address without its trailing slash', () => {
    expect(siteAddressSetting({ COMMON_GROUND_SITE_URL: 'https://common-ground.example.org/' })).toBe('https://common-ground.example.org');
    expect(siteAddressSetting({ COMMON_GROUND_SITE_URL: 'http://intranet.example.nhs.uk/training/' })).toBe('http://intranet.example.nhs.uk/training');
  });

  it('stops the build with a hint for anything but an http or https address alone', () => {
    for (const bad of ['common-ground.example.org', 'ftp://example.org', 'javascript:alert(1)', 'https://example.org/?a=1', 'https://user:pw@example.org']) {
      expect(() => siteAddressSetting({ COMMON_GROUND_SITE_URL: bad })).toThrow(/COMMON_GROUND_SITE_URL=.*\n {2}hint: Give the address the site is published at/);
    }
  });
});
