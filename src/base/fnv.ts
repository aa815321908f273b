// FNV-1a, 32 bits: the hash of a run's output for outcome summaries, of a run's schedule for
// counting distinct schedules, and of a program for replay tokens. Not for maps (alg.ts has
// Go's memhash).

export const fnvBasis = 0x811c9dc5;
export const fnvPrime = 0x01000193;

/** FNV-1a over a byte string (or any string, by its UTF-16 units), continued from h. */
export function fnv1a(h: number, bytes: string): number {
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes.charCodeAt(i), fnvPrime) >>> 0;
  return h;
}

/** h as 8 hex digits. */
export function hex8(h: number): string {
  return (h >>> 0).toString(16).padStart(8, "0");
}
