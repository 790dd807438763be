import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makePrivateDir, makePrivateFile, PRIVATE_FILE_MODE } from './private-files.js';

// Personal fields are encrypted at rest with AES-256-GCM: a fresh 96-bit IV per value, the
// 128-bit tag stored with it, and the column name as associated data, so a ciphertext copied
// into another column does not decrypt. Stored form: `v1.<iv>.<tag>.<ciphertext>` (base64url).

export const DATA_KEY_FILE = 'data.key';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const VERSION = 'v1';

/** Reads a 32-byte key written as 64 hex digits or as base64; undefined when it is neither. */
export function parseDataKey(raw: string): Buffer | undefined {
  const text = raw.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const key = Buffer.from(text, 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  return undefined;
}

/**
 * The key in `<dataDir>/data.key`, created on first use, owner-only (0600, also when it was looser). Losing this file makes every
 * stored sign-up unreadable, so it is backed up with the database (docs/configuration.md).
 */
export function loadOrCreateDataKey(dataDir: string): Buffer {
  const file = path.join(dataDir, DATA_KEY_FILE);
  makePrivateDir(dataDir);
  try {
    // `wx` fails when the file exists, so two processes starting together keep one key.
    fs.writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, {
      mode: PRIVATE_FILE_MODE,
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  makePrivateFile(file);
  const key = parseDataKey(fs.readFileSync(file, 'utf8'));
  if (!key) throw new Error(`${file} does not hold a 32-byte key in base64 or hex.`);
  return key;
}

/**
 * The key in `<dataDir>/data.key`, which must exist (PostgreSQL: every machine sharing the
 * database needs the same key, so none is made up here); `help` says how to provide one.
 */
export function loadDataKey(dataDir: string, help: string): Buffer {
  const file = path.join(dataDir, DATA_KEY_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`No data key: HEARTH_DATA_KEY is not set and ${file} does not exist. ${help}`);
  }
  makePrivateFile(file);
  const key = parseDataKey(text);
  if (!key) throw new Error(`${file} does not hold a 32-byte key in base64 or hex.`);
  return key;
}

export interface FieldCipher {
  encrypt(plain: string, column: string): string;
  /** Throws when the value was not written with this key and column. */
  decrypt(stored: string, column: string): string;
}

// Random bytes are drawn from the system in one call per this many IVs, as Node does for
// `randomUUID()`: each call costs far more than the 12 bytes it returns. Every IV is still fresh
// random bytes, used once.
const IVS_PER_DRAW = 256;
let ivPool = Buffer.alloc(0);
let ivOffset = 0;

function freshIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * IVS_PER_DRAW);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== KEY_BYTES) throw new Error('The data key must be 32 bytes.');
  return {
    encrypt(plain, column) {
      const iv = freshIv();
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(column));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
      return [VERSION, ...parts].join('.');
    },
    decrypt(stored, column) {
      const [version, iv, tag, body] = stored.split('.');
      if (version !== VERSION || iv === undefined || tag === undefined || body === undefined) {
        throw new Error('Not an encrypted value.');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(column));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/**
 * A keyed hash (HMAC-SHA-256 under a key derived from the data key for one `purpose`): the same
 * value always gives the same hash, across restarts, but nobody without the key can test guesses
 * (all IPv4 addresses, a story's text) against it.
 */
export function createKeyedHasher(key: Buffer, purpose: string): (value: string) => string {
  const derived = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `hearth:${purpose}`, 32));
  return (value) => createHmac('sha256', derived).update(value).digest('base64url');
}
