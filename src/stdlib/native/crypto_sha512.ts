// Natives of package crypto/sha512: the block (compression) function.
//
// Models Go 1.19's crypto/sha512/sha512block.go (blockGeneric), FIPS 180-4 section 6.4. Every
// 64-bit word is a pair of uint32 halves (hi, lo) in host arithmetic, so a block costs no
// bigint operation; the state comes in and goes out as I64 values (value.ts).
//
// Terms: K — the 80 round constants, the first 64 bits of the fractional parts of the cube
// roots of the first 80 primes, computed here by integer cube root (FIPS 180-4, 4.2.3).

import type { Slice } from "../../runtime/value.js";
import { halves, join } from "../../base/int64.js";

/** floor(cbrt(n)) for a non-negative bigint, by Newton's method. */
function icbrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 3) + 1);
  for (;;) {
    const y = (2n * x + n / (x * x)) / 3n;
    if (y >= x) break;
    x = y;
  }
  while (x * x * x > n) x--;
  while ((x + 1n) * (x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** K as 160 numbers: hi, lo of each constant. Made on first use (its BigInt roots cost 0.6 ms,
 *  which every gort process would otherwise pay at start-up). */
let K: Uint32Array | undefined;

function roundConstants(): Uint32Array {
  const k = new Uint32Array(160);
  let n = 0;
  for (let p = 2; n < 80; p++) {
    let prime = true;
    for (let q = 2; q * q <= p; q++) if (p % q === 0) prime = false;
    if (!prime) continue;
    const c = BigInt.asUintN(64, icbrt(BigInt(p) << 192n));
    k[2 * n] = Number(c >> 32n);
    k[2 * n + 1] = Number(c & 0xffffffffn);
    n++;
  }
  return k;
}

// Scratch of one block's computation, which never yields: no goroutine or machine switch falls
// inside it.
const W = new Uint32Array(160);
const H = new Uint32Array(16);

/** block(h, p): the compression function over each 128-byte block of p. */
function block(h: (number | bigint)[], p: Slice | null): void {
  if (p === null) return;
  const k = (K ??= roundConstants());
  for (let i = 0; i < 8; i++) [H[2 * i], H[2 * i + 1]] = halves(h[i]!);
  const a8 = p.a as number[];
  for (let off = p.off, end = p.off + p.len; off + 128 <= end; off += 128) {
    for (let i = 0; i < 16; i++) {
      const j = off + i * 8;
      W[2 * i] = ((a8[j]! << 24) | (a8[j + 1]! << 16) | (a8[j + 2]! << 8) | a8[j + 3]!) >>> 0;
      W[2 * i + 1] = ((a8[j + 4]! << 24) | (a8[j + 5]! << 16) | (a8[j + 6]! << 8) | a8[j + 7]!) >>> 0;
    }
    for (let i = 16; i < 80; i++) {
      // σ1(w[i-2]) = rotr19 ^ rotr61 ^ shr6
      let xh = W[2 * (i - 2)]!, xl = W[2 * (i - 2) + 1]!;
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      // σ0(w[i-15]) = rotr1 ^ rotr8 ^ shr7
      xh = W[2 * (i - 15)]!;
      xl = W[2 * (i - 15) + 1]!;
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      // w[i] = σ1 + w[i-7] + σ0 + w[i-16]
      const lo = (s1l >>> 0) + W[2 * (i - 7) + 1]! + (s0l >>> 0) + W[2 * (i - 16) + 1]!;
      const hi = (s1h >>> 0) + W[2 * (i - 7)]! + (s0h >>> 0) + W[2 * (i - 16)]! + Math.floor(lo / 4294967296);
      W[2 * i] = hi >>> 0;
      W[2 * i + 1] = lo >>> 0;
    }
    let ah = H[0]!, al = H[1]!, bh = H[2]!, bl = H[3]!, ch = H[4]!, cl = H[5]!, dh = H[6]!, dl = H[7]!;
    let eh = H[8]!, el = H[9]!, fh = H[10]!, fl = H[11]!, gh = H[12]!, gl = H[13]!, hh = H[14]!, hl = H[15]!;
    for (let i = 0; i < 80; i++) {
      // Σ1(e) = rotr14 ^ rotr18 ^ rotr41
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      // t1 = h + Σ1 + ch + K[i] + w[i]
      const t1l = hl + (S1l >>> 0) + (chl >>> 0) + k[2 * i + 1]! + W[2 * i + 1]!;
      const t1h = hh + (S1h >>> 0) + (chh >>> 0) + k[2 * i]! + W[2 * i]! + Math.floor(t1l / 4294967296);
      // Σ0(a) = rotr28 ^ rotr34 ^ rotr39
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (S0l >>> 0) + (majl >>> 0);
      const t2h = (S0h >>> 0) + (majh >>> 0) + Math.floor(t2l / 4294967296);
      hh = gh; hl = gl;
      gh = fh; gl = fl;
      fh = eh; fl = el;
      const el2 = dl + (t1l >>> 0);
      eh = (dh + (t1h >>> 0) + Math.floor(el2 / 4294967296)) >>> 0;
      el = el2 >>> 0;
      dh = ch; dl = cl;
      ch = bh; cl = bl;
      bh = ah; bl = al;
      const al2 = (t1l >>> 0) + (t2l >>> 0);
      ah = ((t1h >>> 0) + (t2h >>> 0) + Math.floor(al2 / 4294967296)) >>> 0;
      al = al2 >>> 0;
    }
    const add = (i: number, xh: number, xl: number): void => {
      const lo = H[2 * i + 1]! + xl;
      H[2 * i] = (H[2 * i]! + xh + Math.floor(lo / 4294967296)) >>> 0;
      H[2 * i + 1] = lo >>> 0;
    };
    add(0, ah, al); add(1, bh, bl); add(2, ch, cl); add(3, dh, dl);
    add(4, eh, el); add(5, fh, fl); add(6, gh, gl); add(7, hh, hl);
  }
  for (let i = 0; i < 8; i++) h[i] = join(H[2 * i]!, H[2 * i + 1]!);
}

export const natives: Record<string, Function> = { block };
