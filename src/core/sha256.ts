/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex (FIPS 180-4). Synchronous and dependency-free,
 * so that the proof of consent (../integrations/consent-log.ts) hashes the same way on every page —
 * `crypto.subtle` is missing outside secure contexts (an http page) — and a site's server or a
 * regulator can recompute the hash with any SHA-256 tool. Lives in a lazy chunk: not in the bundle.
 */
export function sha256(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const k: number[] = [];
  const h: number[] = [];
  // The first 32 bits of the fractional parts of the square and cube roots of the first primes.
  for (let n = 2, found = 0; found < 64; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (!prime) continue;
    if (found < 8) h[found] = ((n ** 0.5 % 1) * 2 ** 32) | 0;
    k[found++] = ((n ** (1 / 3) % 1) * 2 ** 32) | 0;
  }
  // Padding: a 1 bit, zeros, then the length in bits as a 64-bit big-endian integer.
  const length = ((bytes.length + 9 + 63) >> 6) << 6;
  const data = new Uint8Array(length);
  data.set(bytes);
  data[bytes.length] = 0x80;
  const view = new DataView(data.buffer);
  view.setUint32(length - 8, Math.floor((bytes.length * 8) / 2 ** 32));
  view.setUint32(length - 4, (bytes.length * 8) >>> 0);
  const w = new Array<number>(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < length; offset += 64) {
    for (let i = 0; i < 64; i++) {
      if (i < 16) w[i] = view.getUint32(offset + i * 4);
      else {
        const a = w[i - 15]!;
        const b = w[i - 2]!;
        const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
        const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
        w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
      }
    }
    let [a, b, c, d, e, f, g, hh] = h as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i]! + x) | 0));
  }
  return h.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}
