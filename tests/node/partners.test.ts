// Issue 15: the rules of partners' consent (src/core/partners.ts), ahead of their wiring.
import { describe, expect, it, vi } from 'vitest';
import { checkPartners, decidePartners, readPartners, withPartners } from '../../src/core/partners.js';

const partners = { youtube: 'social', x: 'social', matomo: 'audience' };

describe('partners inside purposes', () => {
  it('grants a purpose exactly when every one of its partners is granted', () => {
    const categories = { necessary: true, social: true, audience: true, advertising: true };
    expect(withPartners(categories, { youtube: true, x: false, matomo: true }, partners)).toEqual({
      necessary: true,
      social: false,
      audience: true,
      advertising: true,
    });
    expect(withPartners({ necessary: true, social: false }, { youtube: true, x: true }, partners).social).toBe(true);
    // A purpose that is not configured stays out.
    expect(withPartners({ necessary: true }, { youtube: true }, partners)).toEqual({ necessary: true });
  });

  it('lets a purpose’s answer set all its partners, and a partner’s own answer win', () => {
    const current = { youtube: false, x: false, matomo: true };
    expect(decidePartners({ social: true }, partners, current)).toEqual({ youtube: true, x: true, matomo: true });
    expect(decidePartners({ social: true, x: false }, partners, current)).toEqual({
      youtube: true,
      x: false,
      matomo: true,
    });
    expect(decidePartners({ youtube: 'yes', audience: false }, partners, current)).toEqual({
      youtube: false,
      x: false,
      matomo: false,
    });
  });

  it('reads stored answers: booleans of their own only; a missing one asks again, an unknown one is ignored', () => {
    expect(readPartners({ youtube: true, x: false, matomo: true, tiktok: true }, partners)).toEqual({
      services: { youtube: true, x: false, matomo: true },
      complete: true,
    });
    expect(readPartners({ youtube: true, x: 'true' }, partners)).toEqual({
      services: { youtube: true, x: false, matomo: false },
      complete: false,
    });
    for (const hostile of [null, 'youtube', [true], JSON.parse('{"__proto__": {"youtube": true}}')])
      expect(readPartners(hostile, partners)).toEqual({
        services: { youtube: false, x: false, matomo: false },
        complete: false,
      });
  });

  it('keeps the partners of configured purposes with a valid id used once and by no purpose, and says why it drops the others', () => {
    const warn = vi.fn();
    const declared: [string, string][] = [
      ['youtube', 'social'],
      ['youtube', 'social'],
      ['audience', 'social'],
      ['necessary', 'social'],
      ['bad id', 'social'],
      ['hotjar', 'advertising'],
      ['matomo', 'audience'],
    ];
    expect(checkPartners(declared, ['audience', 'social'], warn)).toEqual({ youtube: 'social', matomo: 'audience' });
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn.mock.calls.map(([m]) => m)).toContain(
      '<consent-service name="bad id"> ignored: an id is letters, digits, _ and -, used once, by no purpose',
    );
  });
});
