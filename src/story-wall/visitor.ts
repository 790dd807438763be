/**
 * The anonymous "me too" identity of this browser: a random token and the ids of the stories it
 * said "me too" to, under one namespaced `localStorage` key. Nothing personal is ever kept. When
 * storage is unavailable (private modes, blocked storage, sandboxed frames) it lives in memory
 * for the page's lifetime.
 */
const STORAGE_KEY = 'hearth:story-wall';

interface VisitorRecord {
  token: string;
  resonated: string[];
}

let memory: VisitorRecord | undefined;

/** 24 random bytes as base64url: 32 characters of `[A-Za-z0-9_-]` (24 bytes need no padding). */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/**
 * Storage first, so two tabs share one identity; memory when storage fails (reading or writing
 * `localStorage` throws when it is blocked, missing or full: each is caught where it is used).
 */
function read(): VisitorRecord {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<VisitorRecord>;
    if (typeof saved?.token === 'string' && /^[\w-]{16,128}$/.test(saved.token)) {
      const ids = Array.isArray(saved.resonated) ? saved.resonated : [];
      memory = { token: saved.token, resonated: ids.filter((id) => typeof id === 'string') };
      return memory;
    }
  } catch {
    // Unreadable or blocked: start afresh.
  }
  memory ??= { token: newToken(), resonated: [] };
  write();
  return memory;
}

function write(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(memory));
  } catch {
    // Full or blocked storage: the in-memory record still works for this page.
  }
}

export const visitor = {
  get token(): string {
    return read().token;
  },
  resonated(id: string): boolean {
    return read().resonated.includes(id);
  },
  remember(id: string, resonated: boolean): void {
    const record = read();
    const others = record.resonated.filter((each) => each !== id);
    record.resonated = resonated ? [...others, id] : others;
    write();
  },
};
