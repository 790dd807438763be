import { en, type Catalogue } from './en.js';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

const loaders: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  es: () => import('./es.js').then((module) => module.es),
};

const loaded = new Map<Language, Catalogue>([['en', en]]);
const loading = new Map<Language, Promise<Catalogue>>();

/** The supported language a BCP 47 tag asks for (`es-MX` → `es`), if any. */
export function languageOf(locale: string | null | undefined): Language | undefined {
  if (!locale) return undefined;
  const language = locale.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(language ?? '')
    ? (language as Language)
    : undefined;
}

/** The catalogue for a language if it has already arrived. */
export function loadedCatalogue(language: Language): Catalogue | undefined {
  return loaded.get(language);
}

export function loadCatalogue(language: Language): Promise<Catalogue> {
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language as Exclude<Language, 'en'>]().then((catalogue) => {
      loaded.set(language, catalogue);
      return catalogue;
    });
    // A failed download may succeed on the next attempt.
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}
