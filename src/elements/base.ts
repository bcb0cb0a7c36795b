/*
 * The reactive base class of <consent-banner> and <consent-gate>, in place of LitElement.
 *
 * Why: measured with gzip -9 (scripts/size-attribution.mjs), a minimal LitElement costs 5,808 B in a
 * bundle, lit-html alone (`html`, `render`, `nothing`) ≈ 3,100 B; the ReactiveElement + LitElement
 * layers and Lit's css tag (≈ 2.7 kB gzip) do far more than two elements need. Replacing them with
 * this class took dist/consent-banner.js from 15,726 B to 13,866 B gzip. It keeps Lit's templates
 * (`html`, `nothing`, `render` from 'lit/html.js', still the `lit` package: 'lit' itself imports
 * ReactiveElement and LitElement for their side effects, so they would stay in the bundle) and
 * the part of LitElement's contract the elements and their users rely on, same names and semantics:
 * - `static properties` in Lit's shape (`type`, `attribute`, `reflect`, `converter`, `state`), so
 *   the custom-elements manifest (`litelement: true`) still lists every attribute;
 * - accessors made once per class that call `requestUpdate()`; attribute → property conversion
 *   (String, Number, Boolean, `converter.fromAttribute`); `reflect` during the update;
 * - updates batched in a microtask, the first one after the first connection; `updateComplete`
 *   resolves after the pending render (what @open-wc/testing's fixture awaits);
 * - `willUpdate(changed)`, `render()`, `updated(changed)`, `hasUpdated`, `renderRoot` (an open
 *   shadow root); `static styles` as CSS text, adopted as constructed style sheets;
 * - reactive controllers: `addController`, `hostConnected`, `hostUpdated` (after each render, before
 *   `updated()`), `hostDisconnected` (tests/browser/controllers.test.ts runs the same cases on Lit).
 * Not here: `hasChanged`/`toAttribute` options, `firstUpdated`, `shouldUpdate`, `createRenderRoot`.
 * Constructed style sheets need Safari 16.4+, below what the CSS already needs (light-dark():
 * Safari 17.5, Chrome 123, Firefox 120), so there is no <style> fallback as in Lit.
 * A render that throws (a page whose Trusted Types policy refuses it) is said once in the console and
 * shows nothing; updateComplete still resolves.
 */
import { render } from 'lit/html.js';
import { createWarn } from '../core/warn.js';

const warn = createWarn();

export interface PropertyDeclaration {
  type?: typeof String | typeof Number | typeof Boolean;
  attribute?: string | boolean;
  reflect?: boolean;
  converter?: { fromAttribute(value: string | null): unknown };
  state?: boolean;
}
export type PropertyValues = Map<PropertyKey, unknown>;
export interface ReactiveController {
  hostConnected?(): void;
  /** After each render, before the host's `updated()` (as in Lit). */
  hostUpdated?(): void;
  hostDisconnected?(): void;
}
export interface ReactiveControllerHost {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/** CSS text; the tag name lets the build minify it (vite.config.ts). */
export const css = String.raw;

const sheets = new Map<string, CSSStyleSheet>();

export abstract class ReactiveBase extends HTMLElement implements ReactiveControllerHost {
  static properties: Record<string, PropertyDeclaration> = {};
  static styles: string | string[] = [];
  /** Attribute name → property name, per class (made when the class is defined, by observedAttributes). */
  declare static _attrs: Map<string, string>;

  static get observedAttributes(): string[] {
    // Once per class: a second read must not make new accessors (instances would lose their values).
    if (Object.hasOwn(this, '_attrs')) return [...this._attrs.keys()];
    this._attrs = new Map();
    for (const [name, options] of Object.entries(this.properties)) {
      const key = Symbol();
      Object.defineProperty(this.prototype, name, {
        get(this: Record<symbol, unknown>) {
          return this[key];
        },
        set(this: ReactiveBase & Record<symbol, unknown>, given) {
          // A property set by a page or a framework is checked as its attribute would be (a revision).
          const value = options.converter && given != null ? options.converter.fromAttribute(given as string) : given;
          const old = this[key];
          if (old !== value && (old === old || value === value)) {
            this[key] = value;
            this.requestUpdate(name, old);
          }
        },
        configurable: true,
      });
      if (!options.state && options.attribute !== false) {
        this._attrs.set(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(), name);
      }
    }
    return [...this._attrs.keys()];
  }

  readonly renderRoot = this.attachShadow({ mode: 'open' });
  hasUpdated = false;
  #changed: PropertyValues = new Map();
  #pending?: Promise<boolean>;
  #done?: (value: boolean) => void;
  #enabled = false;
  #controllers = new Set<ReactiveController>();
  /** Properties set on the element before it was defined (a framework, a late script), applied on first update. */
  #early?: [string, unknown][];

  constructor() {
    super();
    const ctor = this.constructor as typeof ReactiveBase;
    this.#early = Object.keys(ctor.properties)
      .filter((name) => Object.hasOwn(this, name))
      .map((name) => {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        return [name, value];
      });
    this.renderRoot.adoptedStyleSheets = [ctor.styles].flat().map((text) => {
      let sheet = sheets.get(text);
      if (!sheet)
        sheets
          .set(text, (sheet = new CSSStyleSheet()))
          .get(text)!
          .replaceSync(text);
      return sheet;
    });
    this.requestUpdate();
  }

  #options(name: PropertyKey): PropertyDeclaration | undefined {
    return (this.constructor as typeof ReactiveBase).properties[name as string];
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  connectedCallback(): void {
    if (!this.#enabled) {
      this.#enabled = true;
      queueMicrotask(() => this.#update());
    }
    this.#controllers.forEach((c) => c.hostConnected?.());
  }

  disconnectedCallback(): void {
    this.#controllers.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const name = (this.constructor as typeof ReactiveBase)._attrs.get(attribute)!;
    const { type, converter } = this.#options(name)!;
    (this as Record<string, unknown>)[name] = converter
      ? converter.fromAttribute(value)
      : type === Boolean
        ? value !== null
        : type === Number && value !== null
          ? Number(value)
          : value;
  }

  /** Schedules a render (once per microtask); `name` and `old` record a property's change. */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    if (this.#pending) return;
    this.#pending = new Promise((resolve) => (this.#done = resolve));
    if (this.#enabled) queueMicrotask(() => this.#update());
  }

  /** Resolves (true) once no render is pending. */
  get updateComplete(): Promise<boolean> {
    return this.#pending ?? Promise.resolve(true);
  }

  #update(): void {
    for (const [name, value] of this.#early ?? []) (this as Record<string, unknown>)[name] = value;
    this.#early = undefined;
    const changed = this.#changed;
    const done = this.#done!;
    this.#changed = new Map();
    try {
      this.willUpdate(changed);
      // Reflected properties, unless the attribute already says so (it was set from it).
      for (const [attribute, name] of (this.constructor as typeof ReactiveBase)._attrs) {
        if (!changed.has(name) || !this.#options(name)!.reflect) continue;
        const value = (this as Record<string, unknown>)[name];
        const text = value == null || value === false ? null : value === true ? '' : String(value);
        if (this.getAttribute(attribute) !== text) {
          if (text === null) this.removeAttribute(attribute);
          else this.setAttribute(attribute, text);
        }
      }
      render(this.render(), this.renderRoot, { host: this });
    } catch (error) {
      // Never into the page: a render the page refuses (its Trusted Types policy, README
      // "Content-Security-Policy") shows nothing, and gated content stays blocked.
      warn(`${this.localName} cannot render: ${error}`);
    } finally {
      this.#pending = undefined;
      this.hasUpdated = true;
    }
    this.#controllers.forEach((c) => c.hostUpdated?.());
    this.updated(changed);
    done(!this.#pending);
  }

  protected willUpdate(_changed: PropertyValues): void {}
  protected abstract render(): unknown;
  protected updated(_changed: PropertyValues): void {}
}
