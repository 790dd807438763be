import { createHmac } from 'node:crypto';
import { createFieldCipher, type FieldCipher } from './crypto.js';

// The data keys one process holds: one, or two while a rotation is in progress (the old key and
// the new one). Values sealed here name their key: `v2.<key id>.<iv>.<tag>.<ciphertext>`, so a
// rotation can tell what is left to do, and a server started mid-rotation opens each value with
// the right key. `v1.` values (crypto.ts) name no key: they are tried with each key held, and
// AES-GCM's tag tells which one sealed them.

/**
 * A public name for a key: 16 hex digits of an HMAC under it. It reveals nothing of the key, and
 * holds no LIKE wildcard, so `value not like 'v2.<id>.%'` finds what another key sealed.
 */
export function keyId(key: Buffer): string {
  return createHmac('sha256', key).update('hearth:key-id').digest('hex').slice(0, 16);
}

/** The start of every value `key` sealed in the `v2` form. */
export function sealedPrefix(key: Buffer): string {
  return `v2.${keyId(key)}.`;
}

export interface KeyRing extends FieldCipher {
  /** The key new values are sealed with. */
  readonly sealingKey: Buffer;
}

/**
 * A cipher over `keys`: it seals with the first, in the `v2` form when it holds more than one
 * (a value written mid-rotation must say which key sealed it) and in the `v1` form otherwise, as
 * crypto.ts does; it opens `v1` and `v2` values of any key it holds.
 */
export function createKeyRing(keys: readonly Buffer[]): KeyRing {
  const [sealingKey] = keys;
  if (!sealingKey) throw new Error('A key ring needs a key.');
  // crypto.ts does the sealing and opening; this only names the key in front of its `v1` form.
  const ciphers = keys.map((key) => ({ id: keyId(key), cipher: createFieldCipher(key) }));
  const sealing = ciphers[0]!;
  const named = keys.length > 1;
  return {
    sealingKey,
    encrypt(plain, column) {
      const sealed = sealing.cipher.encrypt(plain, column);
      return named ? `v2.${sealing.id}.${sealed.slice('v1.'.length)}` : sealed;
    },
    decrypt(stored, column) {
      const match = /^v2\.([0-9a-f]{16})\.(.*)$/s.exec(stored);
      if (match) {
        const holder = ciphers.find((entry) => entry.id === match[1]);
        if (!holder) {
          throw new Error('The value was sealed with a data key this process does not hold.');
        }
        return holder.cipher.decrypt(`v1.${match[2]}`, column);
      }
      let failure: unknown;
      for (const { cipher } of ciphers) {
        try {
          return cipher.decrypt(stored, column);
        } catch (error) {
          failure = error;
        }
      }
      throw failure;
    },
  };
}
