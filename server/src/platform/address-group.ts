import { isIPv4, isIPv6 } from 'node:net';

/**
 * The unit every public limit counts: an IPv4 address as it is, and for IPv6 the /64 it lies in,
 * since one home or phone is given a whole /64 and can take a fresh address from it at will.
 * IPv4 written as IPv6 (`::ffff:192.0.2.1`) is the IPv4 address; a 6to4 address (`2002::/16`)
 * counts by the IPv4 address inside it. Anything that is not an address is kept as given.
 */
export function addressGroup(address: string): string {
  const bare = withoutPort(address.trim());
  if (isIPv4(bare)) return bare;
  const zoneless = bare.replace(/%.*$/, '');
  if (!isIPv6(zoneless)) return bare;
  const words = ipv6Words(zoneless);
  const mapped = words.slice(0, 5).every((word) => word === 0) && words[5] === 0xffff;
  if (mapped) return ipv4Of(words[6]!, words[7]!);
  if (words[0] === 0x2002) return `${hex(words.slice(0, 3))}::/48`;
  return `${hex(words.slice(0, 4))}::/64`;
}

/** `[2001:db8::1]:443` and `192.0.2.1:443`, as some proxies write them, without the port. */
function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1]!;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort ? ipv4WithPort[1]! : address;
}

/** The eight 16-bit words of a valid IPv6 address (checked by the caller). */
function ipv6Words(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) =>
    part ? part.split(':').map((word) => parseInt(word, 16)) : [];
  const start = parse(head);
  const end = parse(tail);
  const zeros = tail === undefined ? [] : new Array<number>(8 - start.length - end.length).fill(0);
  return [...start, ...zeros, ...end];
}

function ipv4Of(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

function hex(words: number[]): string {
  return words.map((word) => word.toString(16)).join(':');
}
