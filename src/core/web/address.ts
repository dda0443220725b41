// Which hosts a URL may name. Fetching runs on Google's servers on the user's behalf: a link must never make
// it reach a machine that is not a public web site (the loopback, a private or link-local network, a cloud's
// metadata service). Addresses are read in every notation a URL parser accepts, as a browser's would read
// them: IPv4 as decimal, hex or octal, whole or in one to four parts ("2130706433", "0x7f.1", "0177.0.0.1"),
// IPv6 compressed, with a zone, or carrying an IPv4 address (::ffff:127.0.0.1, 64:ff9b::a9fe:a9fe).

/** Why a host may not be fetched, or null when it is a public name or address. */
export function hostProblem(host: string): string | null {
  const name = normaliseHost(host);
  if (name === "") return "the link names no site";
  if (name.startsWith("[")) {
    const v6 = parseIpv6(name.slice(1, name.endsWith("]") ? -1 : undefined));
    if (v6 === null) return `"${host}" is not an IP address`;
    return ipv6Problem(v6);
  }
  const v4 = parseIpv4(name);
  if (v4 === "invalid") return `"${host}" is not an IP address`;
  if (v4 !== null) return ipv4Problem(v4);
  return nameProblem(name);
}

/**
 * The host as a URL parser compares it: percent escapes decoded, full-width letters and digits folded
 * (NFKC), the ideographic full stops that IDNA reads as dots made dots, lower case, no trailing dot.
 */
export function normaliseHost(host: string): string {
  let name = host;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A stray "%": compared as written.
  }
  return name
    .normalize("NFKC")
    .replace(/[\u3002\uff0e\uff61]/g, ".")
    .toLowerCase()
    .replace(/\.+$/, "");
}

// Names that are this machine or a cloud's internal services, whatever address they resolve to.
const BLOCKED_NAMES = new Set([
  "localhost",
  "localhost.localdomain",
  "ip6-localhost",
  "ip6-loopback",
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "instance-data.ec2.internal",
  "kubernetes.default.svc",
]);
// Suffixes of names that never reach the public web: RFC 6761 and 8375 names, cloud-internal domains.
const BLOCKED_SUFFIXES = [
  ".localhost",
  ".local",
  ".internal",
  ".home.arpa",
  ".localdomain",
  ".lan",
  ".intranet",
];

function nameProblem(name: string): string | null {
  if (BLOCKED_NAMES.has(name) || BLOCKED_SUFFIXES.some((s) => name.endsWith(s))) {
    return `"${name}" is not a public web site (it names this computer or a private network)`;
  }
  // A single label ("intranet", "router") is a name on a local network, never a public site.
  if (!name.includes(".")) return `"${name}" is not a public web site (no domain such as .kz)`;
  return null;
}

/**
 * An IPv4 address as the URL standard reads a host made of numbers: one to four dot-separated parts,
 * each decimal, octal (leading 0) or hex (0x), the last filling the remaining bytes. Null when the host is
 * not numeric at all (a name); "invalid" when it is numeric but out of range.
 */
export function parseIpv4(host: string): number | "invalid" | null {
  const parts = host.split(".");
  if (parts.length > 4 || parts.some((p) => p === "")) return null;
  const values: number[] = [];
  for (const part of parts) {
    const value = ipv4Part(part);
    if (value === null) return null;
    values.push(value);
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255)) return "invalid";
  if (last >= 256 ** (4 - values.length)) return "invalid";
  let address = 0;
  for (const [i, v] of values.entries()) address += v * 256 ** (3 - i);
  return address + last;
}

function ipv4Part(part: string): number | null {
  let digits = part;
  let radix = 10;
  if (/^0x/i.test(part)) {
    digits = part.slice(2);
    radix = 16;
  } else if (part.length > 1 && part.startsWith("0")) {
    digits = part.slice(1);
    radix = 8;
  }
  if (digits === "") return radix === 16 ? 0 : null;
  const valid = radix === 16 ? /^[0-9a-f]+$/i : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return null;
  // Long runs of digits are out of range anyway (and would lose precision).
  if (digits.length > 12) return 2 ** 40;
  return Number.parseInt(digits, radix);
}

// [first address, prefix length, what it is]
const IPV4_BLOCKED: ReadonlyArray<readonly [string, number, string]> = [
  ["0.0.0.0", 8, "this network"],
  ["10.0.0.0", 8, "a private network"],
  ["100.64.0.0", 10, "a carrier's private network"],
  ["127.0.0.0", 8, "this computer (loopback)"],
  ["169.254.0.0", 16, "a link-local address (cloud metadata services live here)"],
  ["172.16.0.0", 12, "a private network"],
  ["192.0.0.0", 24, "a reserved network"],
  ["192.0.2.0", 24, "a documentation network"],
  ["192.168.0.0", 16, "a private network"],
  ["198.18.0.0", 15, "a benchmarking network"],
  ["198.51.100.0", 24, "a documentation network"],
  ["203.0.113.0", 24, "a documentation network"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved address"],
  // A public address that is a cloud's metadata and host service.
  ["168.63.129.16", 32, "a cloud metadata service"],
];

const dotted = (a: number) => [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join(".");

function ipv4Problem(address: number): string | null {
  for (const [first, bits, what] of IPV4_BLOCKED) {
    const base = parseIpv4(first) as number;
    const size = 2 ** (32 - bits);
    if (address >= base && address < base + size)
      return `${dotted(address)} is ${what}, not a public web site`;
  }
  return null;
}

/** Eight 16-bit groups, or null when the text is not an IPv6 address. */
export function parseIpv6(text: string): number[] | null {
  const bare = text.replace(/%.*$/, ""); // a zone ("fe80::1%eth0") says which interface, not which host
  if (!/^[0-9a-f:.]+$/i.test(bare) || bare.length > 45) return null;
  const halves = bare.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === "") return [];
    const out: number[] = [];
    const pieces = part.split(":");
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(piece) ? parseIpv4(piece) : null;
        if (typeof v4 !== "number") return null;
        out.push(v4 >>> 16, v4 & 0xffff);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) out.push(Number.parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (head === null || tail === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

function ipv6Problem(g: number[]): string | null {
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  const embedded = (hi: number, lo: number) => ((g[hi]! << 16) >>> 0) + g[lo]!;
  if (zeros(0, 8)) return "[::] is no address to fetch";
  if (zeros(0, 7) && g[7] === 1) return "[::1] is this computer (loopback), not a public web site";
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): the IPv4 inside.
  if ((zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) || (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)))
    return ipv4Problem(embedded(6, 7));
  // 6to4 (2002:a.b.c.d::/48) carries an IPv4 address in its second and third groups.
  if (g[0] === 0x2002) return ipv4Problem(embedded(1, 2));
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return "a private IPv6 network (fc00::/7), not a public web site";
  if ((first & 0xffc0) === 0xfe80) return "a link-local IPv6 address, not a public web site";
  if ((first & 0xffc0) === 0xfec0) return "a site-local IPv6 address, not a public web site";
  if ((first & 0xff00) === 0xff00) return "a multicast IPv6 address, not a web site";
  if (first === 0x2001 && g[1] === 0x0db8) return "a documentation IPv6 address, not a web site";
  // Teredo hides an IPv4 address (obscured) in its last groups: not a site anyone links to.
  if (first === 0x2001 && g[1] === 0) return "a Teredo tunnel address, not a web site";
  if (first === 0x0100 && zeros(1, 4)) return "a discard-only IPv6 address, not a web site";
  return null;
}
