// Share links: the program, its settings and the selected run in the URL fragment, so that a
// link reproduces a run exactly in a fresh page (the fragment never reaches a server).
//
// Format: "#v1." then base64url (RFC 4648 §5, no padding) of the UTF-8 JSON
// {"src": program, "settings": Settings, "schedule"?: Schedule}.

import type { Schedule, Settings } from "./protocol.js";

export interface Shared {
  src: string;
  settings: Settings;
  schedule?: Schedule;
}

const prefix = "#v1.";

export function encodeShare(s: Shared): string {
  const bytes = new TextEncoder().encode(JSON.stringify(s));
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return prefix + btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The shared state in a fragment, or undefined when there is none or it is not one. */
export function decodeShare(hash: string): Shared | undefined {
  if (!hash.startsWith(prefix)) return undefined;
  try {
    const bin = atob(hash.slice(prefix.length).replace(/-/g, "+").replace(/_/g, "/"));
    const v = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)))) as Partial<Shared>;
    if (typeof v.src !== "string" || typeof v.settings !== "object" || v.settings === null) return undefined;
    return v as Shared;
  } catch {
    return undefined;
  }
}
