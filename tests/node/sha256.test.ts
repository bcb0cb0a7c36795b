// The proof of consent's hash (issue 16, EU-7, FR-11): SHA-256 as any tool computes it, so that a
// site or a regulator can recompute a record's configHash.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/sha256.js';

describe('sha256', () => {
  it('matches node:crypto on empty, short, multi-byte and block-boundary inputs', () => {
    for (const text of ['', 'abc', 'é€😀'.repeat(40), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(1000)])
      expect(sha256(text), `length ${text.length}`).toBe(createHash('sha256').update(text).digest('hex'));
  });
});
