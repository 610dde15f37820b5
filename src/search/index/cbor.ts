/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: integers, text and byte strings,
 * arrays, maps, booleans and null. Decoding keeps what it reads as plain values; encoding writes
 * the shortest heads and definite lengths, as Pagefind's writer (minicbor) does, so a file that is
 * decoded and encoded again comes out byte for byte the same.
 */
export type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | Map<Cbor, Cbor>;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) return (at += 2, view.getUint16(at - 2));
    if (info === 26) return (at += 4, view.getUint32(at - 4));
    if (info === 27) return (at += 8, Number(view.getBigUint64(at - 8)));
    throw new Error(`cbor: unsupported length ${info} at byte ${at}`);
  };
  const item = (): Cbor => {
    if (at >= bytes.length) throw new Error('cbor: unexpected end');
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Error(`cbor: unsupported simple value ${info}`);
    }
    if (info === 31) throw new Error('cbor: indefinite lengths are not used by Pagefind');
    const n = length(info);
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: return (at += n, bytes.slice(at - n, at));
      case 3: return (at += n, utf8.decode(bytes.subarray(at - n, at)));
      case 4: return Array.from({ length: n }, item);
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      default: throw new Error(`cbor: unsupported major type ${major}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`cbor: ${bytes.length - at} bytes after the value`);
  return value;
}

export function encodeCbor(value: Cbor): Uint8Array {
  let out = new Uint8Array(1024);
  let at = 0;
  const room = (n: number) => {
    if (at + n <= out.length) return;
    const grown = new Uint8Array(Math.max(out.length * 2, at + n));
    grown.set(out.subarray(0, at));
    out = grown;
  };
  const head = (major: number, n: number) => {
    room(5);
    const m = major << 5;
    if (n < 24) out[at++] = m | n;
    else if (n < 0x100) (out[at++] = m | 24, out[at++] = n);
    else if (n < 0x10000) (out[at++] = m | 25, out[at++] = n >> 8, out[at++] = n & 255);
    else if (n < 0x100000000) (out[at++] = m | 26, out[at++] = n >>> 24, out[at++] = (n >> 16) & 255, out[at++] = (n >> 8) & 255, out[at++] = n & 255);
    else throw new Error(`cbor: ${n} is too large`);
  };
  const bytes = (b: Uint8Array) => {
    room(b.length);
    out.set(b, at);
    at += b.length;
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`cbor: ${v} is not an integer`);
      v >= 0 ? head(0, v) : head(1, -1 - v);
    } else if (typeof v === 'string') {
      const b = utf8Encoder.encode(v);
      head(3, b.length);
      bytes(b);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      bytes(v);
    } else if (typeof v === 'boolean') (room(1), out[at++] = v ? 0xf5 : 0xf4);
    else if (v === null) (room(1), out[at++] = 0xf6);
    else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else {
      head(5, v.size);
      for (const [k, x] of v) (item(k), item(x));
    }
  };
  item(value);
  return out.slice(0, at);
}

/** The head of an array of `length` items, for writing an array whose items are already encoded. */
export function arrayHead(length: number): Uint8Array {
  const whole = encodeCbor(Array.from({ length }, () => 0));
  return whole.subarray(0, whole.length - length);
}
