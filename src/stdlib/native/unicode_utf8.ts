// Natives of package unicode/utf8: thin adapters from Go's signatures to src/base/utf8.ts.
//
// Models unicode/utf8/utf8.go (Go 1.19). A []byte argument is a Slice of numbers (or null for
// nil); only the bytes a function needs are turned into a byte string (at most UTFMax for the
// decoders).
//
// Invariant: results are those of base/utf8.ts, which the compiler's range loops and string
// conversions use too, so `for range`, []rune(s) and these functions always agree.

import type { Slice } from "../../runtime/value.js";
import * as utf8 from "../../base/utf8.js";

/** The bytes p[from:to] (clamped to p's window) as a byte string. */
function window(p: Slice | null, from = 0, to = p === null ? 0 : p.len): string {
  if (p === null) return "";
  from = Math.max(0, from);
  to = Math.min(p.len, to);
  return from >= to ? "" : utf8.bytesToString(p.a as number[], p.off + from, to - from);
}

export const natives: Record<string, Function> = {
  FullRune: (p: Slice | null) => utf8.fullRune(window(p, 0, utf8.UTFMax)),
  FullRuneInString: (s: string) => utf8.fullRune(s),
  DecodeRune: (p: Slice | null) => {
    // An ASCII byte is its own rune: no byte string for it (bufio.ScanWords decodes each byte).
    const b0 = p === null || p.len === 0 ? 0x80 : (p.a[p.off] as number);
    return b0 < 0x80 ? [b0, 1] : utf8.decodeRune(window(p, 0, utf8.UTFMax), 0);
  },
  DecodeRuneInString: (s: string) => utf8.decodeRune(s, 0),
  DecodeLastRune: (p: Slice | null) => {
    const len = p === null ? 0 : p.len;
    return utf8.decodeLastRune(window(p, len - utf8.UTFMax, len));
  },
  DecodeLastRuneInString: (s: string) => utf8.decodeLastRune(s),
  RuneLen: utf8.runeLen,
  RuneCount: (p: Slice | null) => utf8.runeCount(window(p)),
  RuneCountInString: utf8.runeCount,
  Valid: (p: Slice | null) => utf8.validString(window(p)),
  ValidString: utf8.validString,
  ValidRune: utf8.validRune,
};
