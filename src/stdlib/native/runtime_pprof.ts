// Natives of gort's runtime/pprof (stdlib/runtime/pprof/pprof.go): the machine's profilers
// (runtime/cpuprof.ts, runtime/mprof.ts) started and read, and their data encoded as the CLI's
// --cpuprofile and --memprofile files are (trace/proto.ts), gzipped with stored blocks (no
// host compressor is available below the CLI; gzip readers take them alike).

import { machine } from "../../runtime/state.js";
import { rt } from "../../runtime/rt.js";
import { encodeCpuProfile, encodeHeapProfile, gzipStored } from "../../trace/proto.js";

/** Bytes as a Go byte string. */
function byteString(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

export const natives: Record<string, Function> = {
  /** runtime.SetCPUProfileRate(100) and the profiling timers: false when already profiling
   *  (--cpuprofile, or gort test -cpuprofile, as go test's flag takes the profiler). */
  startCPUProfile: (): boolean => machine.startCPUProfile(),
  stopCPUProfile: (): string => byteString(gzipStored(encodeCpuProfile(machine.stopCPUProfile(), rt.args[0] ?? "main"))),
  heapProfile: (): string => byteString(gzipStored(encodeHeapProfile(machine.heapProfile(), rt.args[0] ?? "main", machine.now()))),
};
