import { describe, expect, it } from 'vitest';
import { diff, readRecord, type ReadOptions } from '../../src/core/record.js';

const DAY = 86_400_000;
const now = Date.parse('2026-06-01T12:00:00Z');
const options: ReadOptions = {
  ids: ['audience', 'social'],
  revision: 2,
  expiresDays: 395,
  refusalExpiresDays: 182,
  now,
};
const record = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: '0a1b2c3d-0000-4000-8000-000000000000',
    revision: 2,
    date: new Date(now - DAY).toISOString(),
    categories: { necessary: true, audience: true, social: false },
    ...over,
  });

describe('readRecord', () => {
  it('grants nothing and asks when nothing is stored', () => {
    expect(readRecord(null, options)).toEqual({
      categories: { necessary: true, audience: false, social: false },
      decided: false,
      id: undefined,
      problem: undefined,
    });
  });

  it('restores a valid choice', () => {
    const result = readRecord(record(), options);
    expect(result.decided).toBe(true);
    expect(result.categories).toEqual({ necessary: true, audience: true, social: false });
    expect(result.problem).toBeUndefined();
  });

  it.each([
    ['unparseable JSON', '{not json'],
    ['an array', '[]'],
    ['a number', '42'],
    ['non-boolean values', record({ categories: { necessary: true, audience: 'yes', social: false } })],
    ['categories missing', record({ categories: undefined })],
    ['no revision', record({ revision: '2' })],
    ['no date', record({ date: 'yesterday' })],
  ])('grants nothing and reports a problem for %s', (_, raw) => {
    const result = readRecord(raw, options);
    expect(result.decided).toBe(false);
    expect(result.categories).toEqual({ necessary: true, audience: false, social: false });
    expect(result.problem).toMatch(/asking again/);
  });

  it.each([1, 3])('grants nothing, quietly, for another revision (%i; the page has 2)', (revision) => {
    const result = readRecord(record({ revision }), options);
    expect(result).toMatchObject({ decided: false, problem: undefined });
    expect(result.categories.audience).toBe(false);
  });

  it('ignores unknown ids', () => {
    const result = readRecord(
      record({ categories: { necessary: true, audience: true, social: true, video: true } }),
      options,
    );
    expect(result.categories).toEqual({ necessary: true, audience: true, social: true });
  });

  it('keeps earlier answers but asks again when a configured id is missing', () => {
    const result = readRecord(record({ categories: { necessary: true, audience: true } }), options);
    expect(result.decided).toBe(false);
    expect(result.categories).toEqual({ necessary: true, audience: true, social: false });
  });

  it('lets a consent last 395 days and no more', () => {
    expect(readRecord(record({ date: new Date(now - 395 * DAY + 1000).toISOString() }), options).decided).toBe(true);
    const expired = readRecord(record({ date: new Date(now - 395 * DAY - 1000).toISOString() }), options);
    expect(expired.decided).toBe(false);
    expect(expired.categories.audience).toBe(false);
  });

  it('lets a refusal of everything last 182 days', () => {
    const refusal = { categories: { necessary: true, audience: false, social: false } };
    expect(readRecord(record({ ...refusal, date: new Date(now - 181 * DAY).toISOString() }), options).decided).toBe(
      true,
    );
    expect(readRecord(record({ ...refusal, date: new Date(now - 183 * DAY).toISOString() }), options).decided).toBe(
      false,
    );
  });

  it('never counts a record dated in the future, beyond five minutes of clock skew', () => {
    const ahead = (ms: number) => readRecord(record({ date: new Date(now + ms).toISOString() }), options).decided;
    expect(ahead(30 * DAY)).toBe(false);
    expect(ahead(23 * 3_600_000)).toBe(false);
    expect(ahead(300_001)).toBe(false);
    expect(ahead(300_000)).toBe(true);
    expect(ahead(2 * 60_000)).toBe(true);
  });

  it('keeps the record id even when the record no longer counts', () => {
    expect(readRecord(record({ revision: 0 }), options).id).toBe('0a1b2c3d-0000-4000-8000-000000000000');
  });
});

describe('diff', () => {
  it('lists the ids whose grant changed, treating missing ids as refused', () => {
    expect(diff({ necessary: true, a: false }, { necessary: true, a: true, b: false, c: true })).toEqual(['a', 'c']);
  });
});
