import type { Language } from '../i18n/catalogues.js';

/*
 * The words of the finder's paged loading, until they join the finder's own catalogues. Kept in
 * English and Spanish, like every catalogue; a language without its own falls back to English.
 */

export interface PagingWords {
  /** The live region while later pages are on their way: no count that is about to be wrong. */
  loadingMore: string;
  /** A later page failed; the groups already shown stay. */
  moreFailed: string;
}

const words: Partial<Record<Language, PagingWords>> & { en: PagingWords } = {
  en: {
    loadingMore: 'Loading more groups…',
    moreFailed: 'Some groups could not be loaded. The ones shown are still here.',
  },
  es: {
    loadingMore: 'Cargando más grupos…',
    moreFailed: 'No se pudieron cargar algunos grupos. Los que se muestran siguen aquí.',
  },
};

export const pagingWords = (language: Language): PagingWords => words[language] ?? words.en;
