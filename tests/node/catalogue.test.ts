import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import catalogueDefault, { catalogue } from '../../src/integrations/catalogue.js';
import { cookieMatcher } from '../../src/gating/cookies.js';
import { GCM_TYPES } from '../../src/integrations/google-consent-mode.js';

const REQUIRED = [
  'youtube',
  'vimeo',
  'dailymotion',
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'tiktok',
  'pinterest',
  'spotify',
  'soundcloud',
  'disqus',
  'google-analytics',
  'matomo',
  'plausible',
  'hotjar',
  'microsoft-clarity',
  'google-ads',
  'meta-pixel',
  'google-maps',
  'google-recaptcha',
];
const PURPOSES = ['audience', 'social', 'advertising', 'preferences'];
const entries = Object.entries(catalogue);

describe('catalogue', () => {
  it('has every required service, under ids of lower-case words and hyphens', () => {
    for (const id of REQUIRED) expect(catalogue, id).toHaveProperty(id);
    for (const [id] of entries) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(catalogueDefault).toBe(catalogue);
  });

  it('gives each service a non-empty plain-text label', () => {
    for (const [id, { label }] of entries) {
      expect(label, id).not.toBe('');
      expect(label.trim(), id).toBe(label);
      expect(label, id).not.toMatch(/[<>&"\p{Cc}]/u);
    }
  });

  it('points each privacy URL at https', () => {
    for (const [id, { privacyUrl }] of entries) expect(new URL(privacyUrl).protocol, id).toBe('https:');
  });

  it('gives each service one of the four purposes', () => {
    for (const [id, { purpose }] of entries) expect(PURPOSES, id).toContain(purpose);
  });

  it('writes cookies in the syntax of <consent-category cookies>, without a warning', () => {
    for (const [id, { cookies }] of entries) {
      const warn = vi.fn();
      cookieMatcher(cookies, warn);
      expect(warn, id).not.toHaveBeenCalled();
      expect(cookies.trim(), id).toBe(cookies);
    }
  });

  it('matches the documented names, families included', () => {
    const cases: [string, string[], string[]][] = [
      ['google-analytics', ['_ga', '_ga_ABC123XYZ'], ['_gid', '_gat', 'x_ga']],
      ['matomo', ['_pk_id.1.1fff', '_pk_ses.1.1fff', '_pk_ref.3.abcd'], ['mtm_consent', 'pk_id']],
      ['hotjar', ['_hjSessionUser_123456', '_hjSession_123456', '_hjTLDTest'], ['hj', '_ga']],
      ['microsoft-clarity', ['_clck', '_clsk'], ['CLID', 'MUID']],
      ['google-ads', ['_gcl_au', '_gcl_aw', '_gac_UA-123456-12'], ['_ga', 'gclid']],
      ['meta-pixel', ['_fbp', '_fbc'], ['fr', 'datr']],
    ];
    for (const [id, names, others] of cases) {
      const match = cookieMatcher(catalogue[id].cookies, vi.fn());
      for (const name of names) expect(match(name), `${id} ${name}`).toBe(true);
      for (const name of others) expect(match(name), `${id} ${name}`).toBe(false);
    }
  });

  it('lists only valid Google Consent Mode types, once each, and only for Google’s tags', () => {
    for (const [id, { gcm }] of entries) {
      if (gcm == null) continue;
      const types = gcm.split(' ');
      expect(types.length, id).toBeGreaterThan(0);
      expect(new Set(types).size, id).toBe(types.length);
      for (const type of types) expect(GCM_TYPES, `${id} ${type}`).toContain(type);
    }
    expect(catalogue['google-analytics'].gcm).toBe('analytics_storage');
    expect(catalogue['google-ads'].gcm).toBe('ad_storage ad_user_data ad_personalization');
    expect(entries.filter(([, { gcm }]) => gcm != null).map(([id]) => id)).toEqual(['google-analytics', 'google-ads']);
  });

  it('imports nothing at run time (it is a lazy, data-only module)', () => {
    const source = readFileSync(new URL('../../src/integrations/catalogue.ts', import.meta.url), 'utf8');
    for (const line of source.split('\n')) {
      if (line.startsWith('import ')) expect(line).toMatch(/^import type /);
      expect(line).not.toMatch(/^export .* from /);
      expect(line).not.toMatch(/\b(import|require)\s*\(/);
    }
  });
});
