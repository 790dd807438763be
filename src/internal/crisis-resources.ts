/*
 * The practice's crisis lines as every widget shows them: one list item per line, its phone and
 * text numbers as tap-to-call and tap-to-text links, its web address as a link, and the
 * practice's own emergency sentence last. Each widget gives the words in its own catalogue.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CrisisResource } from '../api/contract/public.js';

/** A number as `tel:` and `sms:` links want it: digits and `+` only. */
export const dialable = (number: string) => number.replace(/[^\d+]/g, '');

/** A widget's words for the list. */
export interface CrisisWords {
  call(number: string): string;
  text(number: string): string;
  /** The link to a worldwide directory, shown when the practice lists no lines. */
  fallback: string;
}

export interface CrisisListOptions {
  /** The practice's language: the lines are in its words, not the visitor's. */
  lang?: string;
  /** The practice's own sentence about emergencies ("If you are in immediate danger, call 911…"). */
  emergency?: string;
}

export function crisisResourceList(
  resources: readonly CrisisResource[] | undefined,
  words: CrisisWords,
  { lang, emergency }: CrisisListOptions = {},
) {
  return html`<ul>
    ${
      resources?.length
        ? resources.map(
            (resource) =>
              html`<li lang=${ifDefined(lang)}>
                <strong>${resource.name}</strong>: ${resource.description}
                ${
                  resource.phone
                    ? html`<a href="tel:${dialable(resource.phone)}"
                        >${words.call(resource.phone)}</a
                      >`
                    : nothing
                }
                ${
                  resource.sms
                    ? html`<a href="sms:${dialable(resource.sms)}">${words.text(resource.sms)}</a>`
                    : nothing
                }
                ${
                  resource.url && /^https?:/i.test(resource.url)
                    ? html`<a href=${resource.url} rel="noopener noreferrer">${resource.url}</a>`
                    : nothing
                }
              </li>`,
          )
        : html`<li>
            <a href="https://findahelpline.com" rel="noopener noreferrer">${words.fallback}</a>
          </li>`
    }
    ${emergency ? html`<li lang=${ifDefined(lang)}>${emergency}</li>` : nothing}
  </ul>`;
}

/**
 * The first line a visitor can call or text, for words like "call or text 988 now": the
 * practice lists its lines most urgent first.
 */
export function firstLine(
  resources: readonly CrisisResource[] | undefined,
): Pick<CrisisResource, 'phone' | 'sms'> | undefined {
  const line = resources?.find((resource) => resource.phone || resource.sms);
  return line && { phone: line.phone, sms: line.sms };
}
