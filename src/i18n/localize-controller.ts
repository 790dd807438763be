import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  baseTexts,
  DEFAULT_LANGUAGE,
  languageOf,
  loadCatalogue,
  loadedCatalogue,
  type Language,
  type Texts,
} from './catalogues.js';
import type { Catalogue } from './en.js';

type ArgsOf<C, K extends keyof C> = C[K] extends (...args: infer A) => string ? A : [];

export type LocalizeHost = ReactiveControllerHost & HTMLElement;

/*
 * One MutationObserver for the whole page watches `<html lang>`, however many widgets there are.
 */
const documentLangHosts = new Set<LocalizeHost>();
let documentLangObserver: MutationObserver | undefined;

function observeDocumentLang(host: LocalizeHost): void {
  documentLangHosts.add(host);
  if (!documentLangObserver) {
    documentLangObserver = new MutationObserver(() => {
      for (const each of documentLangHosts) each.requestUpdate();
    });
    documentLangObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }
}

function unobserveDocumentLang(host: LocalizeHost): void {
  documentLangHosts.delete(host);
  if (documentLangHosts.size === 0) {
    documentLangObserver?.disconnect();
    documentLangObserver = undefined;
  }
}

/**
 * Resolves a widget's locale — its own `lang` > the provider's `locale` > `<html lang>` > `en`,
 * taking the first one Hearth has words for — loads that catalogue on demand, and re-renders the
 * host when the locale changes or the catalogue arrives.
 */
export class LocalizeController<C extends Catalogue = Catalogue> implements ReactiveController {
  private readonly host: LocalizeHost;
  private readonly providerLocale: () => string | undefined;
  private readonly texts: Texts<C>;
  private catalogue: C;
  private language: Language = DEFAULT_LANGUAGE;
  private resolvedLocale = DEFAULT_LANGUAGE as string;
  /** The candidates (own `lang`, provider, page) the words on screen were chosen from. */
  private resolvedFrom?: string;

  constructor(
    host: LocalizeHost,
    providerLocale: () => string | undefined = () => undefined,
    texts: Texts<C> = baseTexts as Texts<C>,
  ) {
    this.host = host;
    this.providerLocale = providerLocale;
    this.texts = texts;
    this.catalogue = texts.en;
    host.addController(this);
  }

  hostConnected(): void {
    observeDocumentLang(this.host);
  }

  hostDisconnected(): void {
    unobserveDocumentLang(this.host);
  }

  hostUpdate(): void {
    this.resolve();
  }

  /** The language of the words on screen: put it on the element that holds them. */
  get lang(): Language {
    return this.language;
  }

  /** The locale to format dates and numbers with (`es-MX` keeps its region). */
  get locale(): string {
    return this.resolvedLocale;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.host.dir === 'rtl' ? 'rtl' : 'ltr';
  }

  get messages(): C {
    return this.catalogue;
  }

  t<K extends keyof C>(key: K, ...args: ArgsOf<C, K>): string {
    const message = this.catalogue[key] as string | ((...values: ArgsOf<C, K>) => string);
    return typeof message === 'function' ? message(...args) : message;
  }

  private resolve(): void {
    const candidates = [this.host.lang, this.providerLocale(), document.documentElement.lang];
    // Every update passes here (each keystroke in a filter): work only when a candidate changed.
    const from = candidates.join('\n');
    if (from === this.resolvedFrom) return;
    const locale = candidates.find((candidate) => languageOf(candidate) !== undefined);
    const language = languageOf(locale) ?? DEFAULT_LANGUAGE;
    const catalogue = loadedCatalogue(this.texts, language);
    if (catalogue) {
      this.catalogue = catalogue;
      this.language = language;
      this.resolvedLocale = locale ? canonical(locale) : language;
      this.resolvedFrom = from;
      return;
    }
    // Keep showing the current words until the requested ones arrive, then render again.
    loadCatalogue(this.texts, language).then(
      () => this.host.requestUpdate(),
      (error: unknown) => console.warn(`[hearth] could not load the "${language}" texts`, error),
    );
  }
}

function canonical(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LANGUAGE;
  } catch {
    return languageOf(locale) ?? DEFAULT_LANGUAGE;
  }
}
