import { describe, expect, it, vi } from 'vitest';
import { cookieMatcher, cookiePaths, parentDomains } from '../../src/gating/cookies.js';

describe('cookieMatcher', () => {
  it('matches exact names and /regex/ patterns', () => {
    const match = cookieMatcher(' _ga  _gid\n/^_ga_/ /^_pk_(id|ses)\\./i ', vi.fn());
    for (const name of ['_ga', '_gid', '_ga_ABC123', '_pk_id.1.abcd', '_PK_SES.1.abcd'])
      expect(match(name), name).toBe(true);
    for (const name of ['_gat', 'x_ga', 'ga', '_gid2', 'keep', '_pk_ref']) expect(match(name), name).toBe(false);
  });

  it('tests every name alike with a global pattern', () => {
    const match = cookieMatcher('/^_ga/g', vi.fn());
    expect([match('_ga'), match('_ga'), match('_gab')]).toEqual([true, true, true]);
  });

  it('leaves out an invalid pattern with a warning and keeps the others', () => {
    const warn = vi.fn();
    const match = cookieMatcher('/(unclosed/ /^_ga/x _gid', warn);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0][0])).toContain('/(unclosed/');
    expect(match('_gid')).toBe(true);
    expect(match('_ga')).toBe(false);
  });

  it('matches nothing when the attribute is empty or missing', () => {
    expect(cookieMatcher('', vi.fn())('')).toBe(false);
    expect(cookieMatcher(null, vi.fn())('_ga')).toBe(false);
  });
});

describe('parentDomains', () => {
  it('lists the host and every parent domain', () => {
    expect(parentDomains('www.news.example.co.uk')).toEqual([
      'www.news.example.co.uk',
      'news.example.co.uk',
      'example.co.uk',
      'co.uk',
      'uk',
    ]);
  });

  it('handles a single label and no host', () => {
    expect(parentDomains('localhost')).toEqual(['localhost']);
    expect(parentDomains('')).toEqual([]);
  });
});

describe('cookiePaths', () => {
  it('lists the root, each parent path and the path itself', () => {
    expect(cookiePaths('/actualites/2026/port.html')).toEqual([
      '/',
      '/actualites',
      '/actualites/2026',
      '/actualites/2026/port.html',
    ]);
    expect(cookiePaths('/')).toEqual(['/']);
    expect(cookiePaths('/a/')).toEqual(['/', '/a', '/a/']);
  });
});
