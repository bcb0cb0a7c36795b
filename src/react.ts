/*
 * JSX typings of the elements for React 19 with TypeScript: `import type {} from
 * 'consent-banner/react'` once in the app (README, "React 19 + TypeScript"). Types only: this
 * module has no code, and nothing else imports it.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConsentBanner } from './elements/consent-banner.js';
import type { ConsentCategory } from './elements/consent-category.js';
import type { ConsentGate } from './elements/consent-gate.js';
import type { ConsentChangeEvent, ConsentReadyEvent, ConsentRecordEvent } from './events.js';

/** An element's JSX props: React's own for `T`, and `props`. */
type Props<T, P> = DetailedHTMLProps<HTMLAttributes<T>, T> & P;

/** `<consent-banner>`'s attributes (README, "`<consent-banner>` attributes"), and its events as React 19 listens to them. */
export interface ConsentBannerProps {
  categories?: string;
  'privacy-url'?: string;
  controller?: string;
  revision?: number | string;
  'storage-key'?: string;
  'expires-days'?: number | string;
  'refusal-expires-days'?: number | string;
  'google-consent-mode'?: boolean;
  'log-url'?: string;
  'ignore-gpc'?: boolean;
  layout?: 'bar' | 'box' | 'modal';
  position?: string;
  theme?: 'auto' | 'light' | 'dark';
  reopen?: string;
  'reload-on-revoke'?: boolean;
  lint?: boolean;
  cookie?: boolean;
  'cookie-domain'?: string;
  /** Set as a property (React 19 does, for a custom element's known property). */
  messages?: ConsentBanner['messages'];
  'onconsent-ready'?: (event: ConsentReadyEvent) => void;
  'onconsent-change'?: (event: ConsentChangeEvent) => void;
  'onconsent-record'?: (event: ConsentRecordEvent) => void;
}

/** `<consent-category>`'s attributes. */
export interface ConsentCategoryProps {
  name?: string;
  label?: string;
  cookies?: string;
  gcm?: string;
  gpc?: boolean;
}

/** `<consent-service>`'s attributes (a partner inside a purpose). */
export interface ConsentServiceProps {
  name?: string;
  label?: string;
  'privacy-url'?: string;
  cookies?: string;
  gcm?: string;
}

/** `<consent-gate>`'s attributes. */
export interface ConsentGateProps {
  category?: string;
  service?: string;
  'storage-key'?: string;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'consent-banner': Props<ConsentBanner, ConsentBannerProps>;
      'consent-category': Props<ConsentCategory, ConsentCategoryProps>;
      'consent-service': Props<HTMLElement, ConsentServiceProps>;
      'consent-gate': Props<ConsentGate, ConsentGateProps>;
    }
  }
}
