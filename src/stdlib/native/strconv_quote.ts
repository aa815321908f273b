// UTF-8 over byte strings, and Go-syntax quoting: strconv.Quote and friends, shared with fmt.
//
// Models Go 1.19's strconv/quote.go (Quote, QuoteToASCII, QuoteToGraphic, QuoteRune,
// QuoteRuneToASCII, QuoteRuneToGraphic, CanBackquote, IsPrint, IsGraphic, Unquote, UnquoteChar)
// and unicode/utf8's decoding rules.
//
// Terms:
//   - Byte string: a JS string whose char codes are the bytes (0..255) of a Go string (value.ts).
//   - RuneError: U+FFFD, what decoding returns (with width 1) for an invalid byte sequence.
//
// Invariants: every function takes and returns byte strings; none reads UTF-16 text.
//
// IsPrint and IsGraphic are unicode.ts's answers (Go's strconv tables agree with package
// unicode's), which hold for Unicode 13.0.0 whatever the host's Unicode version.

import { isGraphic as unicodeIsGraphic, isPrint as unicodeIsPrint } from "./unicode.js";

export const RuneError = 0xfffd;
export const MaxRune = 0x10ffff;

/** utf8.DecodeRuneInString(s[i:]): [rune, width]. Width 0 at the end of s. */
export function decodeRune(s: string, i: number): [number, number] {
  const n = s.length - i;
  if (n <= 0) return [RuneError, 0];
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) return [c0, 1];
  const cx = (k: number): number => (i + k < s.length ? s.charCodeAt(i + k) : -1);
  const cont = (c: number): boolean => c >= 0x80 && c <= 0xbf;
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    const c1 = cx(1);
    return cont(c1) ? [((c0 & 0x1f) << 6) | (c1 & 0x3f), 2] : [RuneError, 1];
  }
  if (c0 >= 0xe0 && c0 <= 0xef) {
    const c1 = cx(1);
    const lo = c0 === 0xe0 ? 0xa0 : 0x80;
    const hi = c0 === 0xed ? 0x9f : 0xbf;
    if (c1 < lo || c1 > hi) return [RuneError, 1];
    const c2 = cx(2);
    if (!cont(c2)) return [RuneError, 1];
    return [((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f), 3];
  }
  if (c0 >= 0xf0 && c0 <= 0xf4) {
    const c1 = cx(1);
    const lo = c0 === 0xf0 ? 0x90 : 0x80;
    const hi = c0 === 0xf4 ? 0x8f : 0xbf;
    if (c1 < lo || c1 > hi) return [RuneError, 1];
    const c2 = cx(2);
    if (!cont(c2)) return [RuneError, 1];
    const c3 = cx(3);
    if (!cont(c3)) return [RuneError, 1];
    return [((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f), 4];
  }
  return [RuneError, 1];
}

/** utf8.ValidRune. */
export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MaxRune);
}

/** utf8.EncodeRune, as a byte string; invalid runes encode as RuneError. */
export function encodeRune(r: number): string {
  if (!validRune(r)) r = RuneError;
  const f = String.fromCharCode;
  if (r < 0x80) return f(r);
  if (r < 0x800) return f(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return f(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return f(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** utf8.RuneCountInString. */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    if (s.charCodeAt(i) < 0x80) i++;
    else i += decodeRune(s, i)[1];
  }
  return n;
}

/** utf8.ValidString. */
export function validString(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    if (r === RuneError && w === 1) return false;
    i += w;
  }
  return true;
}

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. Go's
 *  strconv tables answer as unicode.IsPrint does, so beyond Latin-1 this is unicode.ts's answer
 *  (Unicode 13.0.0, whatever the host's Unicode). */
export function isPrint(r: number): boolean {
  if (r <= 0xff) {
    if (r >= 0x20 && r <= 0x7e) return true;
    if (r >= 0xa1 && r <= 0xff) return r !== 0xad;
    return false;
  }
  return unicodeIsPrint(r);
}

/** strconv.IsGraphic: IsPrint and the other Zs spaces (U+00A0, U+2000...), as unicode.IsGraphic. */
export function isGraphic(r: number): boolean {
  return unicodeIsGraphic(r);
}

const hexDigits = "0123456789abcdef";

function hex(v: number, n: number): string {
  let s = "";
  for (let k = (n - 1) * 4; k >= 0; k -= 4) s += hexDigits[(v >>> k) & 15];
  return s;
}

/** appendEscapedRune: r as it appears inside a quoted literal; graphicOnly: the
 *  ...ToGraphic forms, which leave the spaces of IsGraphic unescaped too. */
function escapedRune(r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (r === quote || r === 0x5c) return "\\" + String.fromCharCode(r);
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) return String.fromCharCode(r);
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
    return encodeRune(r);
  }
  switch (r) {
    case 7: return "\\a";
    case 8: return "\\b";
    case 12: return "\\f";
    case 10: return "\\n";
    case 13: return "\\r";
    case 9: return "\\t";
    case 11: return "\\v";
  }
  if (r < 0x20 || r === 0x7f) return "\\x" + hex(r, 2);
  if (!validRune(r)) r = RuneError;
  if (r < 0x10000) return "\\u" + hex(r, 4);
  return "\\U" + hex(r, 8);
}

/** quoteWith: s as a double-quoted Go literal. */
export function quote(s: string, asciiOnly = false, graphicOnly = false): string {
  let out = '"';
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && c >= 0x20 && c !== 0x22 && c !== 0x5c && c !== 0x7f) {
      out += s[i];
      i++;
      continue;
    }
    const [r, w] = decodeRune(s, i);
    if (w === 1 && r === RuneError) {
      out += "\\x" + hex(c, 2);
      i++;
      continue;
    }
    out += escapedRune(r, 0x22, asciiOnly, graphicOnly);
    i += w;
  }
  return out + '"';
}

/** strconv.QuoteRune / QuoteRuneToASCII / QuoteRuneToGraphic. */
export function quoteRune(r: number, asciiOnly = false, graphicOnly = false): string {
  if (!validRune(r)) r = RuneError;
  return "'" + escapedRune(r, 0x27, asciiOnly, graphicOnly) + "'";
}

/** strconv.CanBackquote. */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    i += w;
    if (w > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === RuneError) return false;
    if ((r < 0x20 && r !== 9) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** strconv.UnquoteChar: [value, multibyte, tail], or undefined for ErrSyntax. */
export function unquoteChar(s: string, q: number): [number, boolean, string] | undefined {
  if (s.length === 0) return undefined;
  const c = s.charCodeAt(0);
  if (c === q && (q === 0x27 || q === 0x22)) return undefined;
  if (c >= 0x80) {
    const [r, w] = decodeRune(s, 0);
    return [r, true, s.slice(w)];
  }
  if (c !== 0x5c) return [c, false, s.slice(1)];
  if (s.length <= 1) return undefined;
  const e = s[1]!;
  s = s.slice(2);
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 0x5c };
  if (e in simple) return [simple[e]!, false, s];
  if (e === "x" || e === "u" || e === "U") {
    const n = e === "x" ? 2 : e === "u" ? 4 : 8;
    if (s.length < n) return undefined;
    let v = 0;
    for (let j = 0; j < n; j++) {
      const x = unhex(s.charCodeAt(j));
      if (x < 0) return undefined;
      v = v * 16 + x;
    }
    if (e === "x") return [v, false, s.slice(n)];
    if (!validRune(v)) return undefined;
    return [v, true, s.slice(n)];
  }
  if (e >= "0" && e <= "7") {
    let v = e.charCodeAt(0) - 0x30;
    if (s.length < 2) return undefined;
    for (let j = 0; j < 2; j++) {
      const x = s.charCodeAt(j) - 0x30;
      if (x < 0 || x > 7) return undefined;
      v = (v << 3) | x;
    }
    if (v > 255) return undefined;
    return [v, false, s.slice(2)];
  }
  if (e === "'" || e === '"') return e.charCodeAt(0) === q ? [q, false, s] : undefined;
  return undefined;
}

/** strconv.Unquote: the unquoted string, or undefined for ErrSyntax. */
export function unquote(s: string): string | undefined {
  if (s.length < 2) return undefined;
  const q = s.charCodeAt(0);
  if (q === 0x60) {
    const end = s.indexOf("`", 1);
    if (end !== s.length - 1) return undefined;
    return s.slice(1, end).replace(/\r/g, "");
  }
  if (q !== 0x22 && q !== 0x27) return undefined;
  let buf = "";
  let rest = s.slice(1);
  while (rest.length > 0 && rest.charCodeAt(0) !== q) {
    if (rest.charCodeAt(0) === 10) return undefined;
    const r = unquoteChar(rest, q);
    if (r === undefined) return undefined;
    const [v, multibyte, tail] = r;
    rest = tail;
    buf += v < 0x80 || !multibyte ? String.fromCharCode(v) : encodeRune(v);
    if (q === 0x27) break;
  }
  if (!(rest.length > 0 && rest.charCodeAt(0) === q)) return undefined;
  rest = rest.slice(1);
  if (rest.length > 0) return undefined;
  return buf;
}
