// How one cache entry's value (an outline outcome, or a set's findings: plain JSON data)
// is stored as bytes, compactly: an outline's JSON repeats the same key names thousands of
// times (`{"start":{"line":3,"column":8,"offset":31},"end":…}` for every span) and its text
// several times (a block's `text` and `prose`, a table cell and its refresh row), so:
//
//   1. each object becomes an array of its values, prefixed by the index of its key list
//      (its "shape") in a table written once per entry, so a point is `[3,12,1,356]`:
//      positions as numbers, key names once (about 0.6 × the JSON's bytes);
//   2. that JSON is compressed with zlib (deflate, node:zlib), which folds the repeated
//      text (about 0.25 × again); zlib's adler32 checksum makes a damaged entry an error,
//      so it is a miss, never a wrong outline.
//
// Bytes: one tag byte (`p` packed as above, `j` plain JSON for a value nested deeper than
// MAX_PACK_DEPTH), then the zlib stream. Decoding yields a value equal to JSON.parse of
// the original JSON text, keys in the same order (so a warm run's reports are
// byte-identical to a cold run's).
import { deflateSync, inflateSync } from 'node:zlib';

const PACKED = 0x70; // 'p'
const PLAIN = 0x6a; // 'j'

/**
 * zlib level: on the 1× bench set's outlines (11.5 MB packed) level 2 takes about 0.1 s of
 * CPU for 2.85 MB, level 6 (zlib's default) 0.2 s for 2.54 MB; a cold run pays this on the
 * main thread, and both are far under the 2 × corpus budget, so the cheaper one.
 */
const LEVEL = 2;

/**
 * Packing and unpacking recurse; past this nesting (only hostile front matter gets near it:
 * an outline is a few levels deep) an entry is stored as plain JSON, which JSON.parse reads
 * at any depth, so an entry that could be written can always be read back.
 */
const MAX_PACK_DEPTH = 200;

class TooDeep extends Error {}

/**
 * Packed form: `[shapes, root]`; shapes: `string[][]` (key lists); a value is a string,
 * number, boolean or null as is, an array as `[0, ...items]`, an object as
 * `[shapeIndex + 1, ...values in its key order]`.
 */
type Packed = unknown;

/** A node of the trie of key lists seen in an entry: `id` is the shape index + 1 of the list ending here, 0 if none. */
interface ShapeNode {
  id: number;
  next: Map<string, ShapeNode>;
}

function pack(value: unknown): string {
  const shapes: string[][] = [];
  // A trie rather than a map keyed by the joined key list: no string built per object.
  const trie: ShapeNode = { id: 0, next: new Map() };
  const encode = (v: unknown, depth: number): Packed => {
    if (v === null || typeof v !== 'object') return v;
    if (depth > MAX_PACK_DEPTH) throw new TooDeep();
    if (Array.isArray(v)) {
      const out: Packed[] = [0];
      for (const item of v) out.push(encode(item, depth + 1));
      return out;
    }
    const keys = Object.keys(v);
    let node = trie;
    for (const key of keys) {
      let child = node.next.get(key);
      if (child === undefined) {
        child = { id: 0, next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.id === 0) {
      shapes.push(keys);
      node.id = shapes.length;
    }
    const out: Packed[] = [node.id];
    for (const key of keys) out.push(encode((v as Record<string, unknown>)[key], depth + 1));
    return out;
  };
  const root = encode(value, 0);
  return JSON.stringify([shapes, root]);
}

function unpack(text: string): unknown {
  const packed = JSON.parse(text) as unknown;
  if (!Array.isArray(packed) || packed.length !== 2 || !Array.isArray(packed[0])) throw new Error('not a packed entry');
  const shapes = packed[0] as unknown[];
  for (const shape of shapes) if (!Array.isArray(shape) || !shape.every((k) => typeof k === 'string')) throw new Error('bad shape');
  // JSON.parse makes `__proto__` an own key; assigning it would set the prototype instead.
  const special = shapes.map((shape) => (shape as string[]).includes('__proto__'));
  const decode = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (!Array.isArray(v) || v.length === 0 || !Number.isInteger(v[0])) throw new Error('bad packed value');
    const tag = v[0] as number;
    if (tag === 0) {
      const out: unknown[] = new Array(v.length - 1);
      for (let i = 1; i < v.length; i++) out[i - 1] = decode(v[i]);
      return out;
    }
    const keys = shapes[tag - 1] as string[] | undefined;
    if (!keys || keys.length !== v.length - 1) throw new Error('bad packed object');
    const out: Record<string, unknown> = {};
    if (special[tag - 1]) {
      for (let i = 0; i < keys.length; i++) Object.defineProperty(out, keys[i], { value: decode(v[i + 1]), writable: true, enumerable: true, configurable: true });
    } else {
      for (let i = 0; i < keys.length; i++) out[keys[i]] = decode(v[i + 1]);
    }
    return out;
  };
  return decode(packed[1]);
}

/**
 * An entry's bytes for `value`: plain JSON data (what JSON.parse returns); decoding gives
 * what `JSON.parse(JSON.stringify(value))` gives. Throws a RangeError for a value nested
 * past what JSON.stringify can write (the stack), or what zlib throws.
 */
export function encodeEntry(value: unknown): Buffer {
  let tag = PACKED;
  let text: string;
  try {
    text = pack(value);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    tag = PLAIN;
    text = JSON.stringify(value);
  }
  const body = deflateSync(text, { level: LEVEL });
  const out = Buffer.allocUnsafe(body.length + 1);
  out[0] = tag;
  body.copy(out, 1);
  return out;
}

/** The value stored in `bytes` (see encodeEntry). Throws on damaged or foreign bytes (zlib's checksum, the packed shape). */
export function decodeEntry(bytes: Uint8Array): unknown {
  const tag = bytes[0];
  if (tag !== PACKED && tag !== PLAIN) throw new Error('unknown entry encoding');
  const text = inflateSync(bytes.subarray(1)).toString('utf8');
  return tag === PACKED ? unpack(text) : JSON.parse(text);
}
