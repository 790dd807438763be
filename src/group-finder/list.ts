/* eslint-disable lit-a11y/no-redundant-role -- Safari/VoiceOver drop the list semantics of a
   <ul> styled with list-style: none; role="list" restores them. */
import { html, nothing } from 'lit';
import type { Group, Practice } from '../api/index.js';
import { loadingState, skeletonLines, stateMessage } from '../internal/state-messages.js';
import { PAGE_SIZE, type CardList } from './card-list.js';
import type { FilterState } from './filter-state.js';
import { activeCount } from './filters.js';
import { renderFiltersPanel } from './filters-panel.js';
import type { GroupPages } from './groups-pages.js';
import type { FinderLocalize } from './texts.js';

/*
 * The finder's list as a visitor sees it: the outline while it loads, then the filter panel, the
 * live count, the cards' list (filled by the card-list controller), "Show more", and what is said
 * when no group matches or a later page failed.
 */

const SKELETON_CARDS = 3;

/** What the list shows the groups with, besides the groups. */
export interface ListView {
  localize: FinderLocalize;
  practice: Practice | undefined;
  pages: GroupPages;
  filterState: FilterState;
  cardList: CardList;
  withoutFilters: boolean;
  /** `cards grid` or `cards list`. */
  cardsClass: string;
  /** The element's `visitorTimeZone` property: cards are made again when it changes. */
  visitorTimeZone: string | undefined;
  onClear: () => void;
  onRetryMore: () => void;
}

/** The same outline as what is coming: a filter bar and cards with the cards' minimum height. */
export function renderLoading(
  localize: FinderLocalize,
  withoutFilters: boolean,
  cardsClass: string,
) {
  return loadingState(
    localize.t('loading'),
    html`<div aria-hidden="true">
      ${withoutFilters ? nothing : html`<div class="filters skeleton-bar"></div>`}
      <div class=${cardsClass}>
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

export function renderGroups(groups: readonly Group[], view: ListView) {
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
    ${
      view.withoutFilters
        ? nothing
        : renderFiltersPanel(groups, view.filterState, view.localize, view.practice, view.onClear)
    }
    ${renderCount(state === 'error' ? `${count} ${messages.moreFailed}` : count, true)}
    ${
      shown.length === 0 && state === 'more'
        ? nothing
        : shown.length === 0
          ? stateMessage(
              'no-results',
              view.localize.t('noResultsTitle'),
              html`<p>${view.localize.t('noResultsBody')}</p>
                <button class="button-primary" type="button" @click=${view.onClear}>
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
              <button class="button-primary" type="button" @click=${view.onRetryMore}>
                ${messages.tryAgain}
              </button>`,
          )
        : nothing
    }
  `;
}
