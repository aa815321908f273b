// Generates package unicode's range tables: stdlib/unicode/tables.go (the Go declarations: one
// variable per table, the exported aliases, Categories, Scripts, Properties, FoldCategory,
// FoldScript, CaseRanges) and src/stdlib/native/unicode_tables.gen.ts (the ranges themselves).
//
// Models: data only. Go 1.19's src/unicode/tables.go (Unicode 13.0.0, made by Go's
// maketables.go from the UCD) is read as data: every `var _X = &RangeTable{...}` block, the
// `var ( Name = _X )` alias blocks, the map literals and _CaseRanges. Reading Go's generated
// file instead of the UCD makes each table Go's by construction, down to its strides and
// LatinOffset, which programs can observe (len(unicode.Han.R16), ranging over R32).
//
// Why the ranges live in TypeScript: as Go composite literals the 5,300 ranges cost about a
// second of type checking and compiling per run of every program importing unicode (testing
// does). The native unicode.table builds a table's values once, when the package initializes,
// as static data: like Go's tables, which the linker lays out in the data segment, they are no
// heap allocation.
//
// Encoding of a table (unicode_tables.gen.ts): [name, latinOffset, r16, r32] where r16 and r32
// are space-separated ranges "lo[-hi][/stride]" in hex (hi omitted when equal to lo, stride
// when 1), or null for a nil slice (Go's tables have empty non-nil ones too: Adlam's R16). A case range is "lo-hi:u,l,t" (hex bounds, decimal deltas; UpperLower as "UL").
//
// Usage: node dist/tools/gen-unicode.js [path/to/unicode/tables.go]
// The test src/stdlib/native/unicode_tables.test.ts checks both committed files against it.

import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export const GO_TABLES_PATH = "/usr/share/go-1.19/src/unicode/tables.go";
export const GO_OUT = "stdlib/unicode/tables.go";
export const TS_OUT = "src/stdlib/native/unicode_tables.gen.ts";

interface Table { name: string; latinOffset: number; r16: string | null; r32: string | null }
interface Alias { name: string; table: string; doc: string }
interface GoMap { name: string; doc: string; entries: [string, string][] }

export interface Parsed {
  tables: Table[];
  aliasBlocks: Alias[][];
  maps: GoMap[];
  caseRanges: string[];
}

function range(lo: number, hi: number, stride: number): string {
  let s = lo.toString(16);
  if (hi !== lo) s += "-" + hi.toString(16);
  if (stride !== 1) s += "/" + stride.toString(16);
  return s;
}

/** The comment lines just above line i (without the slashes), joined. */
function docAbove(lines: string[], i: number): string {
  const doc: string[] = [];
  for (let j = i - 1; j >= 0 && lines[j]!.startsWith("//"); j--) doc.unshift(lines[j]!.replace(/^\/\/ ?/, ""));
  return doc.join("\n");
}

export function parseTables(src: string): Parsed {
  const lines = src.split("\n");
  const out: Parsed = { tables: [], aliasBlocks: [], maps: [], caseRanges: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let m: RegExpMatchArray | null;
    if ((m = /^var (\w+) = &RangeTable\{$/.exec(line))) {
      const t: Table = { name: m[1]!, latinOffset: 0, r16: null, r32: null };
      let r16: string[] | undefined;
      let r32: string[] | undefined;
      let cur: string[] | undefined;
      for (i++; lines[i] !== "}"; i++) {
        const l = lines[i]!.trim();
        if (l === "R16: []Range16{") cur = r16 = [];
        else if (l === "R32: []Range32{") cur = r32 = [];
        else if (l === "R16: []Range16{},") r16 = [];
        else if (l === "R32: []Range32{},") r32 = [];
        else if (l === "},") cur = undefined;
        else if ((m = /^LatinOffset: (\d+),$/.exec(l))) t.latinOffset = Number(m[1]);
        else if ((m = /^\{0x([0-9a-f]+), 0x([0-9a-f]+), (\d+)\},$/.exec(l)) && cur) {
          cur.push(range(parseInt(m[1]!, 16), parseInt(m[2]!, 16), Number(m[3])));
        } else throw new Error(`tables.go:${i + 1}: unexpected ${l}`);
      }
      t.r16 = r16 === undefined ? null : r16.join(" ");
      t.r32 = r32 === undefined ? null : r32.join(" ");
      out.tables.push(t);
    } else if (line === "var (") {
      const block: Alias[] = [];
      for (i++; lines[i] !== ")"; i++) {
        m = /^\t(\w+)\s*= (\w+)\s*(?:\/\/ (.*))?$/.exec(lines[i]!);
        if (!m) throw new Error(`tables.go:${i + 1}: unexpected alias ${lines[i]}`);
        block.push({ name: m[1]!, table: m[2]!, doc: m[3] ?? "" });
      }
      out.aliasBlocks.push(block);
    } else if ((m = /^var (\w+) = map\[string\]\*RangeTable\{$/.exec(line))) {
      const g: GoMap = { name: m[1]!, doc: docAbove(lines, i), entries: [] };
      for (i++; lines[i] !== "}"; i++) {
        m = /^\t"(\w+)":\s*(\w+),$/.exec(lines[i]!);
        if (!m) throw new Error(`tables.go:${i + 1}: unexpected map entry ${lines[i]}`);
        g.entries.push([m[1]!, m[2]!]);
      }
      out.maps.push(g);
    } else if (line === "var _CaseRanges = []CaseRange{") {
      for (i++; lines[i] !== "}"; i++) {
        m = /^\t\{0x([0-9A-F]+), 0x([0-9A-F]+), d\{(\S+), (\S+), (\S+)\}\},$/.exec(lines[i]!);
        if (!m) throw new Error(`tables.go:${i + 1}: unexpected case range ${lines[i]}`);
        const d = [m[3]!, m[4]!, m[5]!].map((x) => (x === "UpperLower" ? "UL" : String(Number(x))));
        out.caseRanges.push(`${parseInt(m[1]!, 16).toString(16)}-${parseInt(m[2]!, 16).toString(16)}:${d.join(",")}`);
      }
    }
  }
  if (out.tables.length < 200 || out.caseRanges.length < 100) throw new Error("tables.go: too few tables found");
  return out;
}

/** The TypeScript data module. */
export function renderTs(p: Parsed): string {
  const rows = p.tables.map((t) => `  [${JSON.stringify(t.name)}, ${t.latinOffset}, ${JSON.stringify(t.r16)}, ${JSON.stringify(t.r32)}],`);
  const cr: string[] = [];
  for (let i = 0; i < p.caseRanges.length; i += 8) {
    const last = i + 8 >= p.caseRanges.length;
    cr.push("  " + JSON.stringify(p.caseRanges.slice(i, i + 8).join(" ") + (last ? "" : " ")) + " +");
  }
  cr[cr.length - 1] = cr[cr.length - 1]!.slice(0, -2) + ";";
  return [
    "// Generated by tools/gen-unicode.ts from Go 1.19's src/unicode/tables.go (Unicode 13.0.0); do not edit.",
    "//",
    "// The range tables of package unicode, in the order stdlib/unicode/tables.go numbers them:",
    "// [Go name, LatinOffset, R16, R32], each range \"lo[-hi][/stride]\" in hex (see the generator).",
    "",
    "export const rangeTables: readonly (readonly [string, number, string | null, string | null])[] = [",
    ...rows,
    "];",
    "",
    "/** _CaseRanges: \"lo-hi:upper,lower,title\" (hex bounds, decimal deltas, UL for UpperLower). */",
    "export const caseRanges: string =",
    ...cr,
    "",
  ].join("\n");
}

/** The Go declarations. */
export function renderGo(p: Parsed): string {
  const out: string[] = [
    "// Code generated by tools/gen-unicode.ts from Go 1.19's src/unicode/tables.go; DO NOT EDIT.",
    "",
    "// The tables of Unicode 13.0.0 as Go 1.19 has them. Each _X is built by the native table",
    "// (src/stdlib/native/unicode_tables.gen.ts holds the ranges) when the package initializes.",
    "",
    "package unicode",
    "",
    "// CaseRanges is the table describing case mappings for all letters with",
    "// non-self mappings.",
    "var CaseRanges = _CaseRanges",
    "var _CaseRanges = caseRanges((*CaseRange)(nil))",
    "",
    "// The tables, in the order of the native's data.",
    "var (",
  ];
  const w = Math.max(...p.tables.map((t) => t.name.length));
  p.tables.forEach((t, i) => out.push(`\t${t.name.padEnd(w)} = table(${i}, (*RangeTable)(nil))`));
  out.push(")", "");
  for (const block of p.aliasBlocks) {
    out.push("// These variables have type *RangeTable.", "var (");
    const wn = Math.max(...block.map((a) => a.name.length));
    for (const a of block) out.push(`\t${a.name.padEnd(wn)} = ${a.table}` + (a.doc ? ` // ${a.doc}` : ""));
    out.push(")", "");
  }
  for (const g of p.maps) {
    for (const d of g.doc.split("\n")) if (d) out.push(`// ${d}`);
    out.push(`var ${g.name} = map[string]*RangeTable{`);
    for (const [k, v] of g.entries) out.push(`\t${JSON.stringify(k)}: ${v},`);
    out.push("}", "");
  }
  return out.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const p = parseTables(readFileSync(process.argv[2] ?? GO_TABLES_PATH, "utf8"));
  writeFileSync(TS_OUT, renderTs(p));
  writeFileSync(GO_OUT, renderGo(p));
  console.log(`wrote ${TS_OUT} and ${GO_OUT}: ${p.tables.length} tables, ${p.caseRanges.length} case ranges`);
}
