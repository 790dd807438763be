/*
 * The wall's stories as cards: the month and year, a content note that keeps the story folded
 * until asked, the text (always plain text), its topics, "me too" and Report. "Me too" shows at
 * once and rolls back if the server refuses; this browser's answers are kept by `visitor.ts`.
 * `StoryCards` keeps the cards' state; `storyCards` draws them.
 */
import { html, nothing } from 'lit';
import type { Practice, Resonance, Story } from '../api/contract/public.js';
import { dateTimeFormat } from '../i18n/format.js';
import { disclosureButton } from './disclosure-button.js';
import type { WallContext } from './context.js';
import { reportForm, reportToggle, StoryReports } from './report-form.js';
import type { StoryWords } from './texts.js';
import { visitor } from './visitor.js';

/** "March 2026" from `2026-03`, in the visitor's language; no finer date exists. */
function formatMonth(month: string, locale: string): string {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  // The formatter is made once per language: making one per card was most of the time a long
  // wall took.
  return dateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}

/** The cards' state: which notes the visitor unfolded, and "me too" as this browser said it. */
export class StoryCards {
  /** Each story's report form. */
  readonly reports: StoryReports;
  readonly #wall: WallContext;
  /** Stories with a content note the visitor chose to read. */
  readonly #expanded = new Set<string>();
  /** Counts and pressed states the server gave after a "me too" (the list is cached 60 s). */
  readonly #resonance = new Map<string, Resonance>();
  /** Stories whose "me too" is on its way. */
  readonly #resonating = new Set<string>();

  constructor(wall: WallContext) {
    this.#wall = wall;
    this.reports = new StoryReports(wall);
  }

  /** A story with a content note stays folded until the visitor asks for it. */
  folded({ id, contentWarning }: Story): boolean {
    return contentWarning !== null && !this.#expanded.has(id);
  }

  /** Its "me too" is on its way. */
  resonating(id: string): boolean {
    return this.#resonating.has(id);
  }

  resonanceOf(story: Story): Resonance {
    const known = this.#resonance.get(story.id);
    if (known) return known;
    const resonated = visitor.resonated(story.id);
    // The list may be cached from before this browser's own "me too": count it at least.
    return { resonance: Math.max(story.resonance, resonated ? 1 : 0), resonated };
  }

  toggleNote(id: string): void {
    if (!this.#expanded.delete(id)) this.#expanded.add(id);
    this.#wall.host.requestUpdate();
  }

  async meToo(story: Story): Promise<void> {
    const { id } = story;
    const wall = this.#wall;
    const client = wall.client();
    if (!client || this.#resonating.has(id)) return;
    const before = this.resonanceOf(story);
    this.#setResonance(id, {
      resonated: !before.resonated,
      resonance: Math.max(0, before.resonance + (before.resonated ? -1 : 1)),
    });
    this.#resonating.add(id);
    wall.announce('');
    try {
      this.#setResonance(id, await client.toggleMeToo(id, { token: visitor.token }));
    } catch {
      this.#setResonance(id, before);
      wall.announce(wall.localize.t('storyMeTooFailed'));
    } finally {
      this.#resonating.delete(id);
      wall.host.requestUpdate();
    }
  }

  #setResonance(id: string, value: Resonance): void {
    this.#resonance.set(id, value);
    visitor.remember(id, value.resonated);
    this.#wall.host.requestUpdate();
  }
}

/** The list of cards; `busy` while the stories of another topic are on their way. */
export function storyCards(
  words: StoryWords,
  stories: readonly Story[],
  practice: Practice,
  busy: boolean,
  cards: StoryCards,
) {
  const { messages } = words;
  /** One story: the month, its content note, its text, topics, "me too" and Report. */
  const storyCard = (story: Story, index: number) => {
    const { id, contentWarning } = story;
    const folded = cards.folded(story);
    const { resonance, resonated } = cards.resonanceOf(story);
    const labels = story.topics
      .map((topic) => practice.topics.find((each) => each.id === topic)?.label)
      .filter(Boolean);
    return html`
      <li>
        <article
          part="card"
          class="card"
          tabindex="-1"
          data-index=${index}
          aria-labelledby="date-${id}"
        >
          <p class="date" id="date-${id}">${formatMonth(story.month, words.locale)}</p>
          ${
            contentWarning === null
              ? nothing
              : html`<div part="content-note" class="content-note">
                  <p>${words.t('storyContentNote', contentWarning)}</p>
                  ${disclosureButton(
                    folded ? messages.storyShow : messages.storyHide,
                    !folded,
                    `body-${id}`,
                    () => cards.toggleNote(id),
                    'button-secondary',
                  )}
                </div>`
          }
          <p
            part="body"
            class="body"
            id="body-${id}"
            ?hidden=${folded}
            .textContent=${story.body}
          ></p>
          ${
            labels.length
              ? html`<ul class="topics" aria-label=${messages.topics}>
                  ${labels.map((label) => html`<li>${label}</li>`)}
                </ul>`
              : nothing
          }
          <div class="actions">
            <button
              part="resonance"
              class="button-secondary resonance"
              type="button"
              aria-pressed=${resonated}
              aria-busy=${cards.resonating(id)}
              aria-describedby="felt-${id}"
              @click=${() => cards.meToo(story)}
            >
              ${messages.storyMeToo}
            </button>
            <span class="felt" id="felt-${id}">${words.t('storyFelt', resonance)}</span>
            ${reportToggle(words, id, cards.reports)}
          </div>
          ${reportForm(words, id, cards.reports)}
        </article>
      </li>
    `;
  };
  return html`
    <ul class="cards" aria-busy=${busy}>
      ${stories.map(storyCard)}
    </ul>
  `;
}
