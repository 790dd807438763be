/* eslint-disable lit-a11y/no-redundant-role -- Safari/VoiceOver drop the list semantics of a
   <ul> styled with list-style: none; role="list" restores them. */
import { html, nothing } from 'lit';
import type { Group } from '../api/index.js';
import { loadingState, skeletonLines, stateMessage } from '../internal/state-messages.js';
import { PAGE_SIZE } from './card-list.js';
import { activeCount } from './filters.js';
import { renderFiltersPanel } from './filters-panel.js';
import type { HearthGroupFinder } from './group-finder.js';

/*
 * The finder's list as a visitor sees it: the outline while it loads, then the filter panel, the
 * live count, the cards' list (filled by the card-list controller), "Show more", and what is said
 * when no group matches or a later page failed.
 */

const SKELETON_CARDS = 3;

/** The same outline as what is coming: a filter bar and cards with the cards' minimum height. */
export function renderLoading(view: HearthGroupFinder) {
  return loadingState(
    view.localize.t('loading'),
    html`<div aria-hidden="true">
      ${view.withoutFilters ? nothing : html`<div class="filters skeleton-bar"></div>`}
      <div class=${view.cardsClass}>
        ${Array.from(
          { length: SKELETON_CARDS },
          () =>
            html`<div class="card skeleton">${skeletonLines(['heading', '', '', 'short'])}</div>`,
        )}
      </div>
    </div>`,
  );
}

/** The polite live region: the result count once loaded, the outcome otherwise. */
export function renderCount(words: string, visible = false) {
  return html`<p part="count" class=${visible ? 'count' : 'visually-hidden'} role="status">
    ${words}
  </p>`;
}

export function renderGroups(view: HearthGroupFinder, groups: readonly Group[]) {
  const shown = view.filterState.filter(groups, view.practice);
  const filtered = activeCount(view.filterState.filters) > 0;
  const { state } = view.pages;
  const { messages, locale } = view.localize;
  // While pages are coming, no count: it would be wrong a moment later, and announced each time.
  const count =
    state === 'more'
      ? messages.loadingMore
      : filtered
        ? view.localize.t('resultCount', shown.length, groups.length)
        : view.localize.t('groupCount', groups.length);
  const more = view.cardList.show(shown, [messages, locale, view.practice, view.visitorTimeZone]);
  return html`
    ${view.withoutFilters ? nothing : renderFiltersPanel(view, groups)}
    ${renderCount(state === 'error' ? `${count} ${messages.moreFailed}` : count, true)}
    ${
      shown.length === 0 && state === 'more'
        ? nothing
        : shown.length === 0
          ? stateMessage(
              'no-results',
              view.localize.t('noResultsTitle'),
              html`<p>${view.localize.t('noResultsBody')}</p>
                <button class="button-primary" type="button" @click=${view.handleClear}>
                  ${view.localize.t('clearFilters')}
                </button>`,
            )
          : html`<ul
              class=${view.cardsClass}
              role="list"
              aria-label=${view.localize.t('groupsLabel')}
              data-cards
            ></ul>`
    }
    ${
      more > 0
        ? html`<button
            class="button-secondary more"
            type="button"
            @click=${view.cardList.handleShowMore}
          >
            ${view.localize.t('showMore', Math.min(more, PAGE_SIZE))}
          </button>`
        : nothing
    }
    ${
      state === 'error'
        ? stateMessage(
            'error',
            undefined,
            html`<p>${messages.moreFailed}</p>
              <button class="button-primary" type="button" @click=${view.handleRetryMore}>
                ${messages.tryAgain}
              </button>`,
          )
        : nothing
    }
  `;
}
