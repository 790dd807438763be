import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Staff passwords are stored as scrypt hashes with a per-user random salt. The cost travels with
// each hash (`scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`), so raising it later only affects new
// hashes, and old ones still verify.

/** log2 of scrypt's N: 2^15 with r = 8 takes about 32 MiB and tens of milliseconds per guess. */
export const DEFAULT_SCRYPT_COST = 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** Shortest password staff may choose: a passphrase, not a PIN. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

function derive(password: string, salt: Buffer, cost: number, r: number, p: number) {
  const options: ScryptOptions = { N: 2 ** cost, r, p, maxmem: 256 * 2 ** cost * r * p };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(
  password: string,
  cost: number = DEFAULT_SCRYPT_COST,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, BLOCK_SIZE, PARALLELISM);
  return [
    'scrypt',
    cost,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Compares in constant time; false for any hash it cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !cost || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    Number(cost),
    Number(r),
    Number(p),
  );
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * A hash of nothing anyone knows, at the default cost: verified against when the e-mail is
 * unknown, so the answer takes as long as for a real account.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(cost: number = DEFAULT_SCRYPT_COST): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('base64url'), cost);
  return decoy;
}

// No 0/O or 1/l/I: a one-time password is read off a terminal and typed.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password of 20 characters from a 56-letter alphabet (about 116 bits). */
export function generatePassword(length = 20): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (const byte of bytes) {
    // Reject bytes past the largest multiple of the alphabet size: no bias.
    if (byte >= ALPHABET.length * Math.floor(256 / ALPHABET.length)) continue;
    out += ALPHABET[byte % ALPHABET.length];
    if (out.length === length) return out;
  }
  return out + generatePassword(length - out.length);
}

export function passwordProblem(password: unknown): string | undefined {
  if (typeof password !== 'string' || password.length < PASSWORD_MIN_LENGTH) {
    return `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words work well.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `A password may have at most ${PASSWORD_MAX_LENGTH} characters.`;
  }
  return undefined;
}
