// Replay tokens: one printable string that reproduces a run.
//
// A token holds the hash of the program (its files' names and texts), the options that shape
// the run (the CLI's flags and the GO* environment variables the runtime reads), and the
// schedule: the seed and the deviations of the steerable decisions (explore/steer.ts). The
// hash covers the options too, so `--replay` refuses a token made for other files or one whose
// options were edited, with a message that says so, instead of replaying something else.
//
// Format: "gort1_" then base64url (RFC 4648 §5, no padding) of the UTF-8 JSON
// {"h": hash, "o": options, "s": seed, "d": deviations}. The characters are shell-safe, so a
// token pastes into a command line unquoted.

import { bytesToText, textToBytes } from "../base/utf8.js";
import { fnv1a, fnvBasis, hex8 } from "../base/fnv.js";
import type { Schedule } from "./steer.js";

const prefix = "gort1_";
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Options as a flat record of strings, numbers and booleans (sorted when hashed). */
export type TokenOptions = Record<string, string | number | boolean>;

export interface Token {
  hash: string;
  options: TokenOptions;
  schedule: Schedule;
}

/** The hash a token carries: the program's files and the options. */
export function programHash(files: readonly { name: string; text: string }[], options: TokenOptions): string {
  let h = fnvBasis;
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    h = fnv1a(h, `${f.name}\u0000${f.text.length}\u0000`);
    h = fnv1a(h, f.text);
  }
  h = fnv1a(h, canonical(options));
  return hex8(h);
}

function canonical(o: TokenOptions): string {
  return JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));
}

/** The token; options equal to their defaults are left out of it (decodeToken puts them back),
 *  so that a token of a run with the usual flags stays short. */
export function encodeToken(t: Token, defaults: TokenOptions = {}): string {
  const o: TokenOptions = {};
  for (const [k, v] of Object.entries(t.options)) if (defaults[k] !== v) o[k] = v;
  const json = JSON.stringify({ h: t.hash, o, s: t.schedule.seed, d: t.schedule.devs });
  return prefix + base64url(textToBytes(json));
}

/** The token, or why it is not one. */
export function decodeToken(s: string, defaults: TokenOptions = {}): Token | string {
  const bad = "gort: --replay: not a replay token (one is printed by --explore, and starts with gort1_)";
  if (!s.startsWith(prefix)) return bad;
  const bytes = unbase64url(s.slice(prefix.length));
  if (bytes === undefined) return bad;
  let v: unknown;
  try {
    v = JSON.parse(bytesToText(bytes));
  } catch {
    return bad;
  }
  const o = v as { h?: unknown; o?: unknown; s?: unknown; d?: unknown };
  const okDevs = Array.isArray(o.d) && o.d.length % 2 === 0 && o.d.every((x) => Number.isSafeInteger(x) && (x as number) >= 0);
  if (typeof o.h !== "string" || typeof o.o !== "object" || o.o === null || !Number.isSafeInteger(o.s) || !okDevs) return bad;
  return { hash: o.h, options: { ...defaults, ...(o.o as TokenOptions) }, schedule: { seed: o.s as number, devs: o.d as number[] } };
}

function base64url(bytes: string): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes.charCodeAt(i) << 16) | ((bytes.charCodeAt(i + 1) || 0) << 8) | (bytes.charCodeAt(i + 2) || 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += alphabet[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

function unbase64url(s: string): string | undefined {
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const c of s) {
    const v = alphabet.indexOf(c);
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}
