// A run's profiles as pprof's profile.proto: what --cpuprofile and --memprofile write (the CLI
// gzips the bytes, as runtime/pprof does).
//
// Models Go 1.19's runtime/pprof/proto.go (profileBuilder: the sample types, the period, one
// location per function and line, one function per name) and protomem.go (writeHeapProto: the
// heap profile's four sample types, the "bytes" label, scaleHeapSample's unsampling). The
// encoding itself is the pprof-format package's.
//
// Invariants: the output is a function of the collected data (no clock: time_nanos is the
// simulated clock's start, the playground epoch gort's time.Now counts from); locations and
// functions are numbered in the order the samples first name them, which is the run's order.
//
// Simplifications: there is one mapping, the program's binary, marked as having functions,
// file names and line numbers, so pprof needs no binary to read it; a location's address is a
// stand-in (pprof -addresses shows it), one per function and line.

import { Function as PFunction, Label, Line, Location, Mapping, Profile, Sample, StringTable, ValueType } from "pprof-format";
import type { CpuProfileData, ProfFrame } from "../runtime/cpuprof.js";
import type { MemProfileData } from "../runtime/mprof.js";

/** time.Now() at simulated time 0 (Go's playground epoch, 2009-11-10 23:00:00 UTC), in ns. */
const simEpochNanos = 1257894000000000000n;

/** Where the stand-in code addresses start: the text segment of a Go binary on linux/amd64. */
const textStart = 0x401000;

/** Builds the tables of one profile (proto.go's profileBuilder). */
class Builder {
  readonly strings = new StringTable();
  readonly locations: Location[] = [];
  readonly functions: PFunction[] = [];
  private readonly locs = new Map<string, number>();
  private readonly funcs = new Map<string, number>();

  constructor(readonly binary: string) {}

  str(s: string): number {
    return this.strings.dedup(s);
  }

  /** The location id of a frame, adding its function and location when new. */
  loc(f: ProfFrame): number {
    const key = `${f.name}\u0000${f.file}\u0000${f.line}`;
    let id = this.locs.get(key);
    if (id !== undefined) return id;
    id = this.locations.length + 1;
    this.locs.set(key, id);
    const line = new Line({ functionId: this.func(f), line: f.line });
    this.locations.push(new Location({ id, mappingId: 1, address: textStart + 16 * id, line: [line] }));
    return id;
  }

  private func(f: ProfFrame): number {
    const key = `${f.name}\u0000${f.file}`;
    let id = this.funcs.get(key);
    if (id !== undefined) return id;
    id = this.functions.length + 1;
    this.funcs.set(key, id);
    const name = this.str(f.name);
    this.functions.push(new PFunction({ id, name, systemName: name, filename: this.str(f.file), startLine: f.start }));
    return id;
  }

  mapping(): Mapping {
    const limit = textStart + 16 * (this.locations.length + 2);
    return new Mapping({
      id: 1, memoryStart: 0x400000, memoryLimit: limit, fileOffset: 0, filename: this.str(this.binary),
      hasFunctions: true, hasFilenames: true, hasLineNumbers: true,
    });
  }

  valueType(type: string, unit: string): ValueType {
    return new ValueType({ type: this.str(type), unit: this.str(unit) });
  }
}

/** The CPU profile (proto.go's build for runtime/pprof's CPU profile), unzipped. */
export function encodeCpuProfile(d: CpuProfileData, binary: string): Uint8Array {
  const b = new Builder(binary);
  const sampleType = [b.valueType("samples", "count"), b.valueType("cpu", "nanoseconds")];
  const periodType = b.valueType("cpu", "nanoseconds");
  const sample = d.samples.map((s) => new Sample({ locationId: s.stack.map((f) => b.loc(f)), value: s.values }));
  const p = new Profile({
    sampleType, sample, mapping: [b.mapping()], location: b.locations, function: b.functions,
    stringTable: b.strings, timeNanos: simEpochNanos, durationNanos: d.durationNs, periodType, period: d.periodNs,
  });
  return p.encode();
}

/**
 * scaleHeapSample (protomem.go): a sampled count stands for count / (1 - e^(-avg/rate))
 * allocations, the chance that a block of the average size was sampled being 1 - e^(-avg/rate).
 */
export function scaleHeapSample(count: number, size: number, rate: number): [number, number] {
  if (count === 0 || size === 0) return [0, 0];
  if (rate <= 1) return [count, size];
  const scale = 1 / (1 - Math.exp(-(size / count) / rate));
  return [Math.trunc(count * scale), Math.trunc(size * scale)];
}

/** The heap profile (writeHeapProto), unzipped. */
export function encodeHeapProfile(d: MemProfileData, binary: string, durationNs: number): Uint8Array {
  const b = new Builder(binary);
  const sampleType = [
    b.valueType("alloc_objects", "count"), b.valueType("alloc_space", "bytes"),
    b.valueType("inuse_objects", "count"), b.valueType("inuse_space", "bytes"),
  ];
  const periodType = b.valueType("space", "bytes");
  const bytesKey = b.str("bytes");
  const sample = d.samples.map((s) => {
    const [ao, ab, io, ib] = s.values as [number, number, number, number];
    const block = ao > 0 ? Math.trunc(ab / ao) : 0;
    return new Sample({
      locationId: s.stack.map((f) => b.loc(f)),
      value: [...scaleHeapSample(ao, ab, d.rate), ...scaleHeapSample(io, ib, d.rate)],
      label: [new Label({ key: bytesKey, num: block })],
    });
  });
  const p = new Profile({
    sampleType, sample, mapping: [b.mapping()], location: b.locations, function: b.functions,
    stringTable: b.strings, timeNanos: simEpochNanos, durationNanos: durationNs, periodType, period: d.rate,
  });
  return p.encode();
}

/** CRC-32 (IEEE), for the gzip trailer. */
const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = crcTable[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A gzip member (RFC 1952) of data in stored (uncompressed) deflate blocks: what runtime/pprof
 * writes from a Go program under gort, where no compressor of the host is available. Every gzip
 * reader, go tool pprof's included, reads it; the CLI's files are compressed by node:zlib.
 */
export function gzipStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 0xffff));
  const out = new Uint8Array(10 + data.length + 5 * blocks + 8);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
  let o = 10;
  for (let i = 0; i < blocks; i++) {
    const part = data.subarray(i * 0xffff, Math.min(data.length, (i + 1) * 0xffff));
    const n = part.length;
    out.set([i === blocks - 1 ? 1 : 0, n & 0xff, n >>> 8, ~n & 0xff, (~n >>> 8) & 0xff], o);
    out.set(part, o + 5);
    o += 5 + n;
  }
  const crc = crc32(data);
  const len = data.length >>> 0;
  out.set([crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, crc >>> 24, len & 0xff, (len >>> 8) & 0xff, (len >>> 16) & 0xff, len >>> 24], o);
  return out;
}
