import { describe, expect, it } from 'vitest';
import { memoryStorage, openPhoneStorage } from '../../../../cli/live/participant/phone-storage.js';

/** A stand-in for localStorage whose writes can be made to fail, as Safari's do when the quota fills. */
function fakeLocalStorage(): Storage & { full: boolean; values: Map<string, string> } {
  const values = new Map<string, string>();
  const fake = {
    full: false,
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (fake.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      values.set(key, value);
    },
    removeItem: (key: string) => void values.delete(key),
  };
  return fake as unknown as Storage & { full: boolean; values: Map<string, string> };
}

describe('memoryStorage', () => {
  it('keeps, gives back and forgets values', () => {
    const storage = memoryStorage();
    expect(storage.getItem('a')).toBeNull();
    storage.setItem('a', '1');
    expect(storage.getItem('a')).toBe('1');
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
  });
});

describe('openPhoneStorage', () => {
  it('writes through to localStorage when it works, leaving no probe behind', () => {
    const local = fakeLocalStorage();
    const storage = openPhoneStorage(() => local);
    storage.setItem('seat', 'x');
    expect(local.values).toEqual(new Map([['seat', 'x']]));
    expect(storage.getItem('seat')).toBe('x');
  });

  it('falls back to memory when localStorage cannot be reached', () => {
    const storage = openPhoneStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    storage.setItem('seat', 'x');
    expect(storage.getItem('seat')).toBe('x');
  });

  it('keeps a value in memory when a write starts failing mid-session, and forgets it from both', () => {
    const local = fakeLocalStorage();
    const storage = openPhoneStorage(() => local);
    storage.setItem('vote', 'old');
    local.full = true;
    storage.setItem('vote', 'new');
    expect(storage.getItem('vote')).toBe('new');
    storage.removeItem('vote');
    expect(storage.getItem('vote')).toBeNull();
    expect(local.values.has('vote')).toBe(false);
  });
});
