/**
 * Content digests of plain data (what JSON can hold), for cache keys of values that share large parts: a
 * site's pages share their report, so hashing each page's data from scratch would hash every report once per
 * page. An object's digest is computed once and remembered (by identity), and a large part is replaced by
 * its hash, so a value costs the size of what it does not share with values digested before.
 */
import { createHash } from "node:crypto";

/** Above this length an object's canonical text is replaced by its hash (and remembered). */
const HASHED_FROM = 1024;

const hashOf = (text: string): string => `#${createHash("sha256").update(text).digest("base64")}`;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Digests of values made of `null`, booleans, numbers, strings, arrays and plain objects; anything else (a
 * Map, a Date, a function, a cycle) is refused, since it would not round-trip through JSON and two different
 * values could digest alike. Objects must not change once digested (the digest is remembered by identity).
 */
export class Digests {
  private readonly memo = new WeakMap<object, string>();
  private readonly open = new Set<object>();
  private readonly keys = new Map<string, string>();

  /** The digest of `value`: equal values have equal digests, different values different ones. */
  of(value: unknown): string {
    return hashOf(this.token(value));
  }

  /**
   * Declares `digest` to stand for `value` (e.g. the SHA-256 of the file it was parsed from), sparing its
   * traversal. The caller vouches that equal digests mean equal values.
   */
  seed(value: object, digest: string): void {
    this.memo.set(value, `@${digest}`);
  }

  private token(value: unknown): string {
    if (value === null) return "null";
    switch (typeof value) {
      case "boolean":
        return String(value);
      case "number":
        if (!Number.isFinite(value)) throw new TypeError(`cannot digest the number ${value}`);
        return JSON.stringify(value);
      case "string":
        return JSON.stringify(value);
      case "object":
        return this.objectToken(value);
      default:
        throw new TypeError(`cannot digest a ${typeof value}`);
    }
  }

  /** A property name as JSON (quoted once per name: objects repeat the same few). */
  private key(name: string): string {
    let quoted = this.keys.get(name);
    if (quoted === undefined) this.keys.set(name, (quoted = JSON.stringify(name)));
    return quoted;
  }

  private objectToken(value: object): string {
    const known = this.memo.get(value);
    if (known !== undefined) return known;
    if (this.open.has(value)) throw new TypeError("cannot digest a value that contains itself");
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainObject(value)) {
      throw new TypeError(`cannot digest a ${value.constructor.name}: only plain objects and arrays`);
    }
    this.open.add(value);
    let text = isArray ? "[" : "{";
    try {
      if (isArray) {
        const items = value as readonly unknown[];
        for (let i = 0; i < items.length; i++) text += (i === 0 ? "" : ",") + this.token(items[i]);
      } else {
        let first = true;
        for (const [key, item] of Object.entries(value)) {
          // undefined properties are left out, as JSON.stringify leaves them out.
          if (item === undefined) continue;
          text += (first ? "" : ",") + this.key(key) + ":" + this.token(item);
          first = false;
        }
      }
    } finally {
      this.open.delete(value);
    }
    text += isArray ? "]" : "}";
    if (text.length < HASHED_FROM) return text;
    const hashed = hashOf(text);
    this.memo.set(value, hashed);
    return hashed;
  }
}
