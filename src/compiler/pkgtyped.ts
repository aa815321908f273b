// Package variables' typed arrays as views into shared blocks.
//
// Models nothing in Go: a host-speed device. A package variable whose zero value is a typed
// array of 65 B to 1 KiB (math's tables, for one) is reset by every run ($reset). V8 gives
// such an array a buffer of its own outside its heap (about 1.3 µs each, against 0.14 µs for a
// view), so the compiled code asks runtime/ops.ts pkgTyped for a view into a 16 KiB block
// instead. Its own module so that compile.ts and func.ts can both use it without importing
// each other.

/** A package variable's zero value as $reset writes it: a typed array of more than 64 bytes
 *  comes from runtime/ops.ts pkgTyped (V8 gives such an array a buffer of its own outside its
 *  heap, about 1.3 µs each, and every run resets the package variables: package math's tables
 *  were a twentieth of a short run). */
export function pkgZero(zero: string): string {
  const m = /^new (\w+Array)\((\d+)\)$/.exec(zero);
  return m !== null && pkgTypedSize(m[1]!, Number(m[2])) ? `$rt.pkgTyped(${m[1]}, ${m[2]})` : zero;
}

/** An array of n elements of typed array ta goes to pkgTyped: more than 64 bytes (V8's largest
 *  typed array inside its heap) and at most 1 KiB. */
export function pkgTypedSize(ta: string, n: number): boolean {
  const size = /^(Int8|Uint8)Array$/.test(ta) ? 1 : /^(Int16|Uint16)Array$/.test(ta) ? 2 : /^Float64Array$/.test(ta) ? 8 : 4;
  return n * size > 64 && n * size <= 1024;
}
