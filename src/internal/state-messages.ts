/*
 * The states every widget shows around what it loads: loading, nothing there, not configured, and
 * a failure with Try again. One mapping from `ApiError.kind` to words (`errorWords`), so one
 * failure reads the same in every widget; the words are the shared catalogue's (`i18n/en.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../api/errors.js';
import type { Catalogue } from '../i18n/en.js';

/** The shared catalogue's words for a failure. */
export type ErrorWords = 'errorNetwork' | 'errorRateLimited' | 'errorServer' | 'errorGeneric';

/**
 * Which words explain a failure: the connection (`network`, `timeout`), too many requests, the
 * practice's system, else a general apology.
 */
export function errorWords(error: unknown): ErrorWords {
  const kind = isApiError(error) ? error.kind : undefined;
  return kind === 'network' || kind === 'timeout'
    ? 'errorNetwork'
    : kind === 'rate_limited'
      ? 'errorRateLimited'
      : kind === 'server'
        ? 'errorServer'
        : 'errorGeneric';
}

/** The box for a state other than "here it is": `kind` is a class (`empty`, `error`…). */
export const stateMessage = (kind: string, title: string | undefined, content: unknown) =>
  html`<div part="message" class="message ${kind}">
    ${title ? html`<p class="message-title">${title}</p>` : nothing}${content}
  </div>`;

/** A failure in plain words, and Try again; `after` follows (the practice's contact, say). */
export const errorMessage = (
  messages: Catalogue,
  error: unknown,
  retry: () => void,
  title?: string,
  after: unknown = nothing,
) =>
  stateMessage(
    'error',
    title,
    html`<p>${messages[errorWords(error)]}</p>
      <button class="button-primary" type="button" @click=${retry}>${messages.tryAgain}</button>
      ${after}`,
  );

/** Neither the element nor a provider gave an `api-base`. */
export const notConfiguredMessage = (messages: Catalogue) =>
  html`<p part="message" class="message unconfigured">${messages.notConfigured}</p>`;

/** Loading: `label` for screen readers, and an `outline` of what is coming, if any. */
export const loadingState = (label: string, outline?: TemplateResult) =>
  html`<div class="loading" aria-busy="true">
    <p class=${outline ? 'visually-hidden' : ''}>${label}</p>
    ${outline ?? nothing}
  </div>`;

/** One grey line of a loading outline: `short`, `heading` or plain. */
export const skeletonLines = (kinds: readonly string[]) =>
  kinds.map((kind) => html`<span class="skeleton-line ${kind}"></span>`);
