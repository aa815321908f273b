// Tests for the regexp engine (regexp_parse.ts, regexp_compile.ts, regexp_exec.ts through the
// natives of regexp.ts). Goal: Go 1.19's answers for matching, replacing, errors and literal
// prefixes, on the cases where engines usually differ: captures inside repetitions, empty
// matches next to other matches, leftmost-first versus leftmost-longest, lazy operators, case
// folding beyond ASCII, ASCII-only \b, line modes, invalid UTF-8 input, Unicode classes.
// Method: the expected values below were printed by a Go 1.19.8 program running the same
// patterns (FindAllStringSubmatchIndex(s, -1) after MustCompile, MustCompilePOSIX or Longest;
// ReplaceAllString; Compile's and CompilePOSIX's error text; LiteralPrefix, NumSubexp and
// SubexpNames), as TypeScript literals whose strings are byte strings. Engine-level checks
// follow: linear work on patterns that make backtracking engines explode, and the cost charged.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { GO_TABLES_PATH, renderTables } from "../../../tools/gen-unicode-tables.js";
import { S } from "../../runtime/state.js";
import type { Slice } from "../../runtime/value.js";
import { compileRegexp, natives, Program } from "./regexp.js";
import { SyntaxError } from "./regexp_parse.js";

const finds: [string, string, string, string][] = [
  ["", "(a|b)*", "abab", "[[0,4,3,4]]"],
  ["", "(?:(\\w)(\\d))+", "a1b2c3!", "[[0,6,4,5,5,6]]"],
  ["", "(a*)*", "b", "[[0,0,0,0],[1,1,1,1]]"],
  ["", "(a*)+", "b", "[[0,0,0,0],[1,1,1,1]]"],
  ["", "(a*)*", "aab", "[[0,2,0,2],[3,3,3,3]]"],
  ["", "(|a)*", "aa", "[[0,0,0,0],[1,1,1,1],[2,2,2,2]]"],
  ["", "(|a)+", "aa", "[[0,0,0,0],[1,1,1,1],[2,2,2,2]]"],
  ["", "(a|ab)(c|bcd)(d*)", "abcd", "[[0,4,0,1,1,4,4,4]]"],
  ["", "((a)|b)+", "ab", "[[0,2,1,2,0,1]]"],
  ["", "(a){2}", "aaa", "[[0,2,1,2]]"],
  ["", "(a){0,2}?b", "aab", "[[0,3,1,2]]"],
  ["", "(a){0}b", "ab", "[[1,2,-1,-1]]"],
  ["", "(a?)*?b", "aab", "[[0,3,1,2]]"],
  ["", "(x(y)?)+", "xyx", "[[0,3,2,3,1,2]]"],
  ["", "a*", "baaac", "[[0,0],[1,4],[5,5]]"],
  ["", "", "abc", "[[0,0],[1,1],[2,2],[3,3]]"],
  ["", "x*", "h\xc3\xa9llo", "[[0,0],[1,1],[3,3],[4,4],[5,5],[6,6]]"],
  ["", "\\b", "ab cd", "[[0,0],[2,2],[3,3],[5,5]]"],
  ["", "a*?", "aa", "[[0,0],[1,1],[2,2]]"],
  ["", "(?m)^", "a\nb\n", "[[0,0],[2,2],[4,4]]"],
  ["", "(?m)$", "a\nb", "[[1,1],[3,3]]"],
  ["", "a|", "bab", "[[0,0],[1,2],[3,3]]"],
  ["", "a|ab", "ab", "[[0,1]]"],
  ["", "ab|a", "ab", "[[0,2]]"],
  ["longest", "a|ab", "ab", "[[0,2]]"],
  ["posix", "(a|ab)(c|bcd)", "abcd", "[[0,4,0,1,1,4]]"],
  ["longest", "(a+?)(a*)", "aaa", "[[0,3,0,1,1,3]]"],
  ["", "(a+|b+)*c", "aabbc", "[[0,5,2,4]]"],
  ["longest", "(a*)(a|b)*", "aab", "[[0,3,0,2,2,3]]"],
  ["", "a+?", "aaa", "[[0,1],[1,2],[2,3]]"],
  ["", "a{2,}?", "aaaaa", "[[0,2],[2,4]]"],
  ["", "<.*?>", "<a><b>", "[[0,3],[3,6]]"],
  ["", "(?U)a+", "aaa", "[[0,1],[1,2],[2,3]]"],
  ["", "(?U)a+?", "aaa", "[[0,3]]"],
  ["", "a??b", "ab", "[[0,2]]"],
  ["", "(?i)\\x{3c3}", "\xce\xa3\xcf\x83\xcf\x82", "[[0,2],[2,4],[4,6]]"],
  ["", "(?i)k", "kK\xe2\x84\xaa", "[[0,1],[1,2],[2,5]]"],
  ["", "(?i)stra\\x{df}e", "STRASSE STRA\xe1\xba\x9eE", "[[8,16]]"],
  ["", "(?i)\\x{1c5}", "\xc7\x84\xc7\x85\xc7\x86", "[[0,2],[2,4],[4,6]]"],
  ["", "(?i)[\\x{e0}-\\x{e4}]+", "\xc3\x80\xc3\x84x\xc3\xa2", "[[0,4],[5,7]]"],
  ["", "(?i)\\p{Lu}", "aB", "[[0,1],[1,2]]"],
  ["", "(?i)[^k]", "k\xe2\x84\xaaK!", "[[5,6]]"],
  ["", "(?i:a)b", "AbAB", "[[0,2]]"],
  ["", "(?i)a(?-i)b", "AbAB", "[[0,2]]"],
  ["", "\\bfoo\\b", "foo foobar foo_ foo. \xc3\xa9foo", "[[0,3],[16,19],[23,26]]"],
  ["", "\\Bo\\B", "foo boot", "[[1,2],[5,6],[6,7]]"],
  ["", "\\b\\w+\\b", "\xc3\xa9t\xc3\xa9 a_b", "[[2,3],[6,9]]"],
  ["", "(?m)^\\w+$", "ab\ncd\n", "[[0,2],[3,5]]"],
  ["", "^\\w+$", "ab\ncd", "null"],
  ["", "(?s).+", "a\nb", "[[0,3]]"],
  ["", ".+", "a\nb", "[[0,1],[2,3]]"],
  ["", "[^a]+", "b\nc", "[[0,3]]"],
  ["posix", "[^a]+", "b\nc", "[[0,1],[2,3]]"],
  ["", "\\Aab", "abab", "[[0,2]]"],
  ["", "ab\\z", "abab", "[[2,4]]"],
  ["", "^", "", "[[0,0]]"],
  ["", "$", "ab", "[[2,2]]"],
  ["", ".", "\xffa\xe2\x82", "[[0,1],[1,2],[2,3],[3,4]]"],
  ["", "[^a]", "\xe2\x82a", "[[0,1],[1,2]]"],
  ["", "\\x{FFFD}", "\xff\xef\xbf\xbd", "[[0,1],[1,4]]"],
  ["", "a.b", "a\xffb a\xc3\xa9b", "[[0,3],[4,8]]"],
  ["", "\\xff", "\xc3\xbf\xff", "[[0,2]]"],
  ["", "\\pL+", "h\xc3\xa9llo123", "[[0,6]]"],
  ["", "\\p{Greek}+", "abc \xce\xb1\xce\xb2\xce\xb3", "[[4,10]]"],
  ["", "\\PN+", "a1b2", "[[0,1],[2,3]]"],
  ["", "[\\p{Lu}\\d]+", "aBC12d", "[[1,5]]"],
  ["", "\\p{^L}+", "ab12cd", "[[2,4]]"],
  ["", "[[:alpha:]]+", "ab12", "[[0,2]]"],
  ["", "[^[:space:]]+", "a b\x09c", "[[0,1],[2,3],[4,5]]"],
  ["", "\\pN", "\xe2\x85\xab3", "[[0,3],[3,4]]"],
  ["", "\\p{Han}+", "x\xe6\x97\xa5\xe6\x9c\xacy", "[[1,7]]"],
  ["", "[\\p{Cyrillic}\\p{Nd}]+", "\xd0\x96\xd0\xb8\xd0\xb2 42", "[[0,6],[7,9]]"],
  ["", "\\x41\\x{42}\\103", "ABC", "[[0,3]]"],
  ["", "\\Qa.b*\\E+", "a.b**", "[[0,5]]"],
  ["", "[\\d\\-x]+", "1-x", "[[0,3]]"],
  ["", "[]a]+", "a]b", "[[0,2]]"],
  ["", "[a-]+", "a-b", "[[0,2]]"],
  ["", "\\d\\s\\w\\D\\S\\W", "1 a?b.", "[[0,6]]"],
  ["", "[\\D]", "1a", "[[1,2]]"],
  ["", "a{2}", "aaaaa", "[[0,2],[2,4]]"],
  ["", "a{2,3}", "aaaaaaa", "[[0,3],[3,6]]"],
  ["", "(ab){1,2}", "ababab", "[[0,4,2,4],[4,6,4,6]]"],
  ["", "a{0}", "aa", "[[0,0],[1,1],[2,2]]"],
  ["", "(?:a{2}){2,}", "aaaaaaa", "[[0,6]]"],
  ["", "x{2}{", "xx{", "[[0,3]]"],
  ["", "a{,2}", "a{,2}", "[[0,5]]"],
];
const replaces: [string, string, string, string][] = [
  ["a*", "baaac", "X", "XbXcX"],
  ["", "abc", "-", "-a-b-c-"],
  ["x*", "h\xc3\xa9", "-", "-h-\xc3\xa9-"],
  ["(\\w+)@(\\w+)", "bob@ex al@x", "$2.$1", "ex.bob x.al"],
  ["(\\w+)@(\\w+)", "bob@ex", "${1}x|$1x|$$|$3|$", "bobx||$||$"],
  ["(?P<user>\\w+)@(?P<host>\\w+)", "bob@ex", "$host:${user}", "ex:bob"],
  ["a|", "bab", "<$0>", "<>b<a>b<>"],
  ["\\b", "ab cd", "|", "|ab| |cd|"],
  ["(a)(b)?", "ac", "[$2]", "[]c"],
  ["(?m)^", "a\nb", "> ", "> a\n> b"],
  ["(a*)*", "aab", "<$1>", "<aa>b<>"],
  ["\\pL", "\xc3\xa9\xff", ".", ".\xff"],
  [".", "\xffa", "$0$0", "\xff\xffaa"],
];
const errors: [string, string][] = [
  ["(abc", "error parsing regexp: missing closing ): `(abc`"],
  ["abc)", "error parsing regexp: unexpected ): `abc)`"],
  ["[a-", "error parsing regexp: missing closing ]: `[a-`"],
  ["[z-a]", "error parsing regexp: invalid character class range: `z-a`"],
  ["a**", "error parsing regexp: invalid nested repetition operator: `**`"],
  ["*a", "error parsing regexp: missing argument to repetition operator: `*`"],
  ["a{2,1}", "error parsing regexp: invalid repeat count: `{2,1}`"],
  ["x{1001}", "error parsing regexp: invalid repeat count: `{1001}`"],
  ["a{1,1001}", "error parsing regexp: invalid repeat count: `{1,1001}`"],
  ["\\8", "error parsing regexp: invalid escape sequence: `\\8`"],
  ["\\C", "error parsing regexp: invalid escape sequence: `\\C`"],
  ["\\Z", "error parsing regexp: invalid escape sequence: `\\Z`"],
  ["(?<name>x)", "error parsing regexp: invalid or unsupported Perl syntax: `(?<`"],
  ["(?P<na-me>x)", "error parsing regexp: invalid named capture: `(?P<na-me>`"],
  ["(?P<name", "error parsing regexp: invalid named capture: `(?P<name`"],
  ["(?P<>x)", "error parsing regexp: invalid named capture: `(?P<>`"],
  ["(?P=n)", "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"],
  ["(?z)", "error parsing regexp: invalid or unsupported Perl syntax: `(?z`"],
  ["(?i", "error parsing regexp: invalid or unsupported Perl syntax: `(?i`"],
  ["[[:foo:]]", "error parsing regexp: invalid character class range: `[:foo:]`"],
  ["[[:alpha:]", "error parsing regexp: missing closing ]: `[[:alpha:]`"],
  ["\\p{Klingon}", "error parsing regexp: invalid character class range: `\\p{Klingon}`"],
  ["\\pX", "error parsing regexp: invalid character class range: `\\pX`"],
  ["\\p{", "error parsing regexp: invalid character class range: `\\p{`"],
  ["\\p", "error parsing regexp: invalid character class range: `\\p`"],
  ["a\xffb", "error parsing regexp: invalid UTF-8: `\xffb`"],
  ["[\xff]", "error parsing regexp: invalid UTF-8: `\xff]`"],
  ["abc\\", "error parsing regexp: trailing backslash at end of expression: ``"],
  ["a++", "error parsing regexp: invalid nested repetition operator: `++`"],
  ["(?i)(?-)", "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"],
  ["\\x{110000}", "error parsing regexp: invalid escape sequence: `\\x{110000`"],
  ["\\x{}", "error parsing regexp: invalid escape sequence: `\\x{}`"],
  ["\\xZ1", "error parsing regexp: invalid escape sequence: `\\xZ1`"],
  ["(|)+?*", "error parsing regexp: invalid nested repetition operator: `+?*`"],
  ["a{1000}{2}", "error parsing regexp: invalid nested repetition operator: `{1000}{2}`"],
  ["(a{100}){11}", "error parsing regexp: invalid repeat count: `{11}`"],
  ["[a-\\d]", "error parsing regexp: invalid escape sequence: `\\d`"],
  ["()*+", "error parsing regexp: invalid nested repetition operator: `*+`"],
  ["\\1", "error parsing regexp: invalid escape sequence: `\\1`"],
  ["x{2}{3}", "error parsing regexp: invalid nested repetition operator: `{2}{3}`"],
  ["[]", "error parsing regexp: missing closing ]: `[]`"],
  ["[^]", "error parsing regexp: missing closing ]: `[^]`"],
  ["a|*", "error parsing regexp: missing argument to repetition operator: `*`"],
  ["(?P<\xff>x)", "error parsing regexp: invalid UTF-8: `\xff`"],
  ["\\p{Greek", "error parsing regexp: invalid character class range: `\\p{Greek`"],
];
const posixErrors: [string, string][] = [
  ["\\d", "error parsing regexp: invalid escape sequence: `\\d`"],
  ["[a-c-e]", "error parsing regexp: invalid character class range: `-e`"],
  ["a**", "ok"],
  ["\\pL", "error parsing regexp: invalid escape sequence: `\\p`"],
  ["(?i)a", "error parsing regexp: missing argument to repetition operator: `?`"],
  ["\\b", "error parsing regexp: invalid escape sequence: `\\b`"],
];
const prefixes: [string, string, boolean, number, string][] = [
  ["abc", "abc", true, 0, ""],
  ["abc+", "abc", false, 0, ""],
  ["abc|abd", "ab", false, 0, ""],
  ["(?i)abc", "", false, 0, ""],
  ["^abc$", "abc", true, 0, ""],
  ["^abc", "", false, 0, ""],
  ["^(abc)$", "", false, 1, ","],
  ["\\Aab+\\z", "ab", false, 0, ""],
  ["^(?:ab|ac)$", "a", false, 0, ""],
  ["^a*$", "", false, 0, ""],
  ["(abc)d", "abcd", true, 1, ","],
  ["a\\x{FFFD}b", "a", false, 0, ""],
  ["x(?P<n>y)(z)?", "xy", false, 2, ",n,"],
  ["(a){0}", "", true, 1, ","],
  ["^(?:ab|ab)$", "ab", false, 0, ""],
  ["\\bab", "", false, 0, ""],
];

function compiled(p: string, posix = false): Program {
  const r = compileRegexp(p, posix);
  if (r instanceof SyntaxError) throw new Error(`${JSON.stringify(p)}: ${r.message()}`);
  return r;
}

const ints = (x: Slice | null): number[] | null => (x === null ? null : (x.a.slice(x.off, x.off + x.len) as number[]));

/** FindAllStringSubmatchIndex(s, -1) as the Go code of stdlib/regexp computes it. */
function findAll(p: Program, longest: boolean, s: string): number[][] | null {
  const width = 2 * (1 + p.numSubexp);
  const flat = ints(natives.allMatches!(p, longest, null, s, s.length + 1, p.numCap, width));
  if (flat === null) return null;
  const out: number[][] = [];
  for (let i = 0; i < flat.length; i += width) out.push(flat.slice(i, i + width));
  return out;
}

/** Expand of stdlib/regexp/replace.go, for the templates below (ASCII names only). */
function expand(template: string, src: string, m: number[], names: string[]): string {
  let out = "";
  for (;;) {
    const i = template.indexOf("$");
    if (i < 0) break;
    out += template.slice(0, i);
    template = template.slice(i + 1);
    if (template.startsWith("$")) {
      out += "$";
      template = template.slice(1);
      continue;
    }
    const brace = template.startsWith("{");
    const t = brace ? template.slice(1) : template;
    const name = /^\w*/.exec(t)![0];
    if (name === "" || (brace && t[name.length] !== "}")) {
      out += "$";
      continue;
    }
    template = t.slice(name.length + (brace ? 1 : 0));
    let g = /^\d+$/.test(name) && !(name.length > 1 && name[0] === "0") ? Number(name) : -1;
    if (g < 0) g = names.findIndex((n, j) => n === name && 2 * j + 1 < m.length && m[2 * j]! >= 0);
    if (g >= 0 && 2 * g + 1 < m.length && m[2 * g]! >= 0) out += src.slice(m[2 * g], m[2 * g + 1]);
  }
  return out + template;
}

test("FindAllStringSubmatchIndex agrees with Go 1.19", () => {
  for (const [mode, pat, s, want] of finds) {
    const p = compiled(pat, mode === "posix");
    assert.equal(JSON.stringify(findAll(p, mode !== "", s)), want, `${mode} ${JSON.stringify(pat)} on ${JSON.stringify(s)}`);
  }
});

test("FindStringSubmatchIndex and MatchString agree with the first of FindAll", () => {
  for (const [mode, pat, s, want] of finds) {
    const p = compiled(pat, mode === "posix");
    const all = JSON.parse(want) as number[][] | null;
    const first = ints(natives.execute!(p, mode !== "", null, s, 0, p.numCap));
    const padded = first === null ? null : [...first, ...new Array<number>(2 * (1 + p.numSubexp) - first.length).fill(-1)];
    assert.deepEqual(padded, all === null ? null : all[0], `${JSON.stringify(pat)} on ${JSON.stringify(s)}`);
    assert.equal(natives.execute!(p, mode !== "", null, s, 0, 0) !== null, all !== null);
    // The []byte form reads the same bytes.
    const b = { a: [...s].map((c) => c.charCodeAt(0)), off: 0, len: s.length, cap: s.length } as unknown as Slice;
    assert.deepEqual(ints(natives.execute!(p, mode !== "", b, "", 0, p.numCap)), first);
  }
});

test("ReplaceAllString agrees with Go 1.19 (empty matches after a match are not replaced)", () => {
  for (const [pat, s, template, want] of replaces) {
    const p = compiled(pat);
    const nmatch = Math.min(p.numCap, template.includes("$") ? 2 * (1 + p.numSubexp) : 2);
    const flat = ints(natives.replaceMatches!(p, false, null, s, nmatch)) ?? [];
    let out = "";
    let last = 0;
    for (let i = 0; i < flat.length; i += nmatch) {
      const m = flat.slice(i, i + nmatch);
      out += s.slice(last, m[0]) + expand(template, s, m, p.names);
      last = m[1]!;
    }
    assert.equal(out + s.slice(last), want, `${JSON.stringify(pat)} on ${JSON.stringify(s)} with ${JSON.stringify(template)}`);
  }
});

test("Compile's errors agree with Go 1.19", () => {
  assert.ok(errors.length >= 15);
  for (const [list, posix] of [[errors, false], [posixErrors, true]] as const) {
    for (const [pat, want] of list) {
      const r = compileRegexp(pat, posix);
      assert.equal(r instanceof SyntaxError ? r.message() : "ok", want, JSON.stringify(pat));
    }
  }
});

test("LiteralPrefix, NumSubexp and SubexpNames agree with Go 1.19 (one-pass programs included)", () => {
  for (const [pat, prefix, complete, nsub, names] of prefixes) {
    const p = compiled(pat);
    assert.deepEqual([p.prefix, p.complete, p.numSubexp, p.names.join(",")], [prefix, complete, nsub, names], JSON.stringify(pat));
  }
});

test("the nesting and size limits give Go's errors", () => {
  const msg = (p: string): string => {
    const r = compileRegexp(p, false);
    return r instanceof SyntaxError ? `${r.code}` : "ok";
  };
  assert.equal(msg("(".repeat(1000) + "a" + ")".repeat(1000)), "expression nests too deeply");
  assert.equal(msg("(?:".repeat(2000) + "a" + ")".repeat(2000)), "ok");
  assert.equal(msg("(?:" + "abcdefghij".repeat(350) + "){1000}"), "regexp/syntax: internal error");
  assert.equal(msg("x".repeat(100) + "{1000}"), "ok");
});

test("the engine's work is linear in the input on patterns that make backtracking explode", () => {
  for (const [pat, c] of [["(a*)*b", "a"], ["(a|aa)+$", "a"], ["(x+x+)+y", "x"], ["(?:a?){30}a{30}$", "a"]] as const) {
    const p = compiled(pat);
    const work = (n: number): number => {
      p.machine.work = 0;
      natives.execute!(p, false, null, c.repeat(n) + "!", 0, p.numCap);
      return p.machine.work;
    };
    const w1 = work(2000);
    const w2 = work(4000);
    assert.ok(w2 < 2.2 * w1 && w2 > 1.5 * w1, `${pat}: ${w1} then ${w2}`);
  }
});

test("matching charges simulated time in proportion to the work", () => {
  const p = compiled("(\\w+)@(\\w+)\\.com");
  const cost = (s: string): number => {
    const before = S.cost;
    natives.allMatches!(p, false, null, s, s.length + 1, p.numCap, 6);
    return S.cost - before;
  };
  const c1 = cost("mail bob@example.com now ".repeat(100));
  const c10 = cost("mail bob@example.com now ".repeat(1000));
  assert.ok(c1 > 0 && c10 > 8 * c1 && c10 < 12 * c1, `${c1} ${c10}`);
});

test("the committed Unicode tables match Go's unicode/tables.go", { skip: !existsSync(GO_TABLES_PATH) }, () => {
  const committed = readFileSync(new URL("../../../../src/stdlib/native/regexp_unicode.gen.ts", import.meta.url), "utf8");
  assert.equal(renderTables(readFileSync(GO_TABLES_PATH, "utf8")), committed);
});
