import { html, nothing } from 'lit';
import { GROUP_FORMATS, type Group } from '../api/index.js';
import type { FilterState } from './filter-state.js';
import {
  DAYS,
  LIST_FILTERS,
  MAX_QUERY_LENGTH,
  TIMES_OF_DAY,
  activeCount,
  type ListFilter,
} from './filters.js';
import { formatWeekday } from './format-groups.js';
import type { HearthGroupFinder } from './group-finder.js';

/*
 * The search field and filter controls above the cards: a search box, a button that folds the
 * panel away on narrow screens, one set of checkboxes per list filter, and "Clear filters".
 */

export function renderFiltersPanel(view: HearthGroupFinder, groups: readonly Group[]) {
  const { filterState: state, localize } = view;
  const { messages, locale } = localize;
  const chosen = state.filters;
  const topics = (view.practice?.topics ?? []).filter(
    (topic) => state.usedTopics(groups).has(topic.id) || chosen.topic.includes(topic.id),
  );
  const listed = activeCount(chosen) - (chosen.q.trim() ? 1 : 0);
  return html`
    <div part="filters" class="filters" role="search">
      <label class="search">
        ${messages.search}
        <input
          type="search"
          maxlength=${MAX_QUERY_LENGTH}
          .value=${chosen.q}
          @input=${state.handleSearch}
        />
      </label>
      <button
        class="button-secondary toggle"
        type="button"
        aria-expanded=${state.open}
        aria-controls="filter-panel"
        @click=${state.handleToggle}
      >
        ${localize.t('filterGroups', listed)}
      </button>
      <div id="filter-panel" class="panel ${state.open ? 'open' : ''}">
        ${renderChoices(state, 'topic', messages.topics, () => topics.map((topic) => [topic.id, topic.label]))}
        ${renderChoices(state, 'format', messages.formatLegend, () =>
          GROUP_FORMATS.map((format) => [format, messages.formats[format]]),
        )}
        ${renderChoices(state, 'day', messages.dayLegend, () =>
          DAYS.map((day) => [day, formatWeekday(Number(day), locale)]),
        )}
        ${renderChoices(state, 'time', messages.timeLegend, () =>
          TIMES_OF_DAY.map((time) => [time, messages.times[time]]),
        )}
      </div>
      ${
        activeCount(chosen) > 0
          ? html`<button class="button-secondary" type="button" @click=${view.handleClear}>
              ${messages.clearFilters}
            </button>`
          : nothing
      }
    </div>
  `;
}

function renderChoices(
  state: FilterState,
  filter: ListFilter,
  legend: string,
  choices: () => [string, string][],
) {
  // Drawn one set per task when the list first appears (see `FilterState.showChoices`).
  if (LIST_FILTERS.indexOf(filter) >= state.choiceSets) return nothing;
  const options = choices();
  if (options.length === 0) return nothing;
  return html`
    <fieldset>
      <legend>${legend}</legend>
      ${options.map(
        ([value, label]) => html`
          <label class="chip">
            <input
              type="checkbox"
              name=${filter}
              .value=${value}
              .checked=${state.filters[filter].includes(value)}
              @change=${state.handleChoice}
            />
            ${label}
          </label>
        `,
      )}
    </fieldset>
  `;
}
