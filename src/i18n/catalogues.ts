import { en, type Catalogue } from './en.js';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

type OtherLanguage = Exclude<Language, 'en'>;

/**
 * A set of words in every language: English bundled with the code that uses it, the others
 * fetched the first time a page asks for them. The shared words live in `baseTexts`; each widget
 * adds its own with `extendTexts`, so a page downloads only the words of the widgets it shows.
 */
export interface Texts<C> {
  en: C;
  load: Record<OtherLanguage, () => Promise<C>>;
}

export const baseTexts: Texts<Catalogue> = {
  en,
  load: { es: () => import('./es.js').then((module) => module.es) },
};

/** The shared words plus a widget's own, in every language. */
export function extendTexts<W>(
  widgetEn: W,
  load: Record<OtherLanguage, () => Promise<W>>,
): Texts<Catalogue & W> {
  return {
    en: { ...en, ...widgetEn },
    load: {
      es: () =>
        Promise.all([loadCatalogue(baseTexts, 'es'), load.es()]).then(([base, own]) => ({
          ...base,
          ...own,
        })),
    },
  };
}

const loaded = new WeakMap<Texts<unknown>, Map<Language, unknown>>();
const loading = new WeakMap<Texts<unknown>, Map<Language, Promise<unknown>>>();

function mapFor<V>(maps: WeakMap<Texts<unknown>, Map<Language, V>>, texts: Texts<unknown>) {
  let map = maps.get(texts);
  if (!map) maps.set(texts, (map = new Map()));
  return map;
}

/** The supported language a BCP 47 tag asks for (`es-MX` → `es`), if any. */
export function languageOf(locale: string | null | undefined): Language | undefined {
  if (!locale) return undefined;
  const language = locale.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(language ?? '')
    ? (language as Language)
    : undefined;
}

/** The words in a language if they have already arrived. */
export function loadedCatalogue<C>(texts: Texts<C>, language: Language): C | undefined {
  if (language === 'en') return texts.en;
  return mapFor(loaded, texts).get(language) as C | undefined;
}

export function loadCatalogue<C>(texts: Texts<C>, language: Language): Promise<C> {
  const ready = loadedCatalogue(texts, language);
  if (ready) return Promise.resolve(ready);
  const pendingMap = mapFor(loading, texts);
  let pending = pendingMap.get(language) as Promise<C> | undefined;
  if (!pending) {
    pending = texts.load[language as OtherLanguage]().then((catalogue) => {
      mapFor(loaded, texts).set(language, catalogue);
      return catalogue;
    });
    // A failed download may succeed on the next attempt.
    pending.catch(() => pendingMap.delete(language));
    pendingMap.set(language, pending);
  }
  return pending;
}
