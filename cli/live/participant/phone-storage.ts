/** The few calls the page makes on storage: localStorage's, so a test or a fallback can stand in. */
export interface PhoneStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A storage that lives as long as the page: what the page falls back to
 * when the browser refuses localStorage (private mode, storage switched
 * off, a full quota), so the seat and the vote still work until a reload.
 * @example
 * const storage = memoryStorage();
 * storage.setItem('a', '1'); storage.getItem('a'); // '1'
 */
export function memoryStorage(): PhoneStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/**
 * The phone's localStorage when it can be written and read back, else
 * {@link memoryStorage}. Every later call is guarded too: Safari can start
 * refusing writes mid-session when the quota fills, and a failed write must
 * not lose the vote, so the value is kept in memory as well.
 * @example
 * const storage = openPhoneStorage(() => window.localStorage);
 */
export function openPhoneStorage(getLocalStorage: () => Storage): PhoneStorage {
  const memory = memoryStorage();
  let local: Storage;
  try {
    local = getLocalStorage();
    const probe = 'common-ground:v1:probe';
    local.setItem(probe, probe);
    if (local.getItem(probe) !== probe) return memory;
    local.removeItem(probe);
  } catch {
    return memory;
  }
  return {
    getItem(key) {
      const kept = memory.getItem(key);
      if (kept !== null) return kept;
      try {
        return local.getItem(key);
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        local.setItem(key, value);
        memory.removeItem(key);
      } catch {
        memory.setItem(key, value);
      }
    },
    removeItem(key) {
      memory.removeItem(key);
      try {
        local.removeItem(key);
      } catch {
        // Nothing stored there to forget, or nothing we can do; the memory copy is gone.
      }
    },
  };
}
