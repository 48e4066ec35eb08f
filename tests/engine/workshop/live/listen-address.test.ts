/** Where the server listens: the laptop's private address by default, never a public one unasked. */
import { describe, expect, it } from 'vitest';
import { addressKind, chooseListenAddress } from '../../../../engine/workshop/live/listen-address.js';

const laptop = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
  eth0: [{ address: '81.2.69.160', family: 'IPv4', internal: false }],
  wlan0: [
    { address: 'fe80::1', family: 'IPv6', internal: false },
    { address: '192.168.1.20', family: 'IPv4', internal: false },
  ],
};

describe('addressKind', () => {
  it.each([
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.0.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['169.254.3.4', 'link-local'],
    ['8.8.8.8', 'public'],
    ['0.0.0.0', 'any'],
    ['256.1.1.1', 'not-ipv4'],
    ['::1', 'not-ipv4'],
    ['localhost', 'not-ipv4'],
  ])('%s is %s', (address, kind) => expect(addressKind(address)).toBe(kind));
});

describe('chooseListenAddress', () => {
  it('takes the private address of the Wi-Fi, not the public one of the cable', () => {
    expect(chooseListenAddress(laptop, undefined, false)).toEqual({ ok: true, host: '192.168.1.20', kind: 'private' });
  });

  it('says what to do when the laptop is on no private network', () => {
    const choice = chooseListenAddress({ lo: laptop.lo, eth0: laptop.eth0 }, undefined, false);
    expect(choice).toMatchObject({ ok: false, message: expect.stringMatching(/no address on a private network/) });
    if (!choice.ok) expect(choice.hint).toMatch(/hotspot/);
  });

  it('takes loopback and private addresses asked for, and a public one or 0.0.0.0 only with the flag', () => {
    expect(chooseListenAddress(laptop, '127.0.0.1', false)).toEqual({ ok: true, host: '127.0.0.1', kind: 'loopback' });
    expect(chooseListenAddress(laptop, '81.2.69.160', false)).toMatchObject({ ok: false, hint: expect.stringMatching(/--allow-public-address/) });
    expect(chooseListenAddress(laptop, '0.0.0.0', false)).toMatchObject({ ok: false });
    expect(chooseListenAddress(laptop, '81.2.69.160', true)).toEqual({ ok: true, host: '81.2.69.160', kind: 'public' });
    expect(chooseListenAddress(laptop, 'my-laptop.local', false)).toMatchObject({ ok: false, message: expect.stringMatching(/not an IPv4 address/) });
  });
});
