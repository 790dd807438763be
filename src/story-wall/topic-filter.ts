/*
 * The wall's topic filter: All topics, then each of the practice's topics, as radio chips. The
 * wall keeps which one is chosen and fetches that topic's stories.
 */
import { html, nothing } from 'lit';
import type { Topic } from '../api/contract/public.js';
import type { StoryWords } from './texts.js';

export function topicFilter(
  { messages }: StoryWords,
  topics: readonly Topic[],
  chosen: string,
  onChange: (event: Event) => void,
) {
  if (topics.length === 0) return nothing;
  const option = (value: string, label: string) => html`
    <label class="chip">
      <input
        type="radio"
        name="filter"
        .value=${value}
        .checked=${chosen === value}
        @change=${onChange}
      />
      <span>${label}</span>
    </label>
  `;
  return html`
    <fieldset part="filters" class="filters">
      <legend>${messages.storyFilterLegend}</legend>
      ${option('', messages.storyAllTopics)} ${topics.map((topic) => option(topic.id, topic.label))}
    </fieldset>
  `;
}
