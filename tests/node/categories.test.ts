import { describe, expect, it, vi } from 'vitest';
import { parseCategories } from '../../src/core/categories.js';

describe('parseCategories', () => {
  it('splits on spaces and commas, in order, without duplicates or necessary', () => {
    const warn = vi.fn();
    expect(parseCategories(' audience,social  advertising, audience necessary ', warn)).toEqual([
      'audience',
      'social',
      'advertising',
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('returns nothing for an empty or missing attribute', () => {
    expect(parseCategories('', vi.fn())).toEqual([]);
    expect(parseCategories(null, vi.fn())).toEqual([]);
  });

  it('drops invalid ids with a warning and keeps the rest', () => {
    const warn = vi.fn();
    expect(parseCategories('audience <img> video social;', warn)).toEqual(['audience', 'video']);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0][0]).toContain('"<img>"');
  });
});
