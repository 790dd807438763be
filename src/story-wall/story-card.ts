/*
 * The wall's stories as cards: the month and year, a content note that keeps the story folded
 * until asked, the text (always plain text), its topics, "me too" and Report. "Me too" shows at
 * once and rolls back if the server refuses; this browser's answers are kept by `visitor.ts`.
 */
import { html, nothing } from 'lit';
import type { Practice, Resonance, Story } from '../api/contract/public.js';
import { dateTimeFormat } from '../i18n/format.js';
import type { WallContext } from './context.js';
import { StoryReports } from './report-form.js';
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

export class StoryCards {
  private readonly wall: WallContext;
  private readonly reports: StoryReports;
  /** Stories with a content note the visitor chose to read. */
  private readonly expanded = new Set<string>();
  /** Counts and pressed states the server gave after a "me too" (the list is cached 60 s). */
  private readonly resonance = new Map<string, Resonance>();
  /** Stories whose "me too" is on its way. */
  private readonly resonating = new Set<string>();

  constructor(wall: WallContext) {
    this.wall = wall;
    this.reports = new StoryReports(wall);
  }

  private toggleNote(id: string): void {
    if (!this.expanded.delete(id)) this.expanded.add(id);
    this.wall.host.requestUpdate();
  }

  private async meToo(story: Story): Promise<void> {
    const { id } = story;
    const client = this.wall.client();
    if (!client || this.resonating.has(id)) return;
    const before = this.resonanceOf(story);
    this.setResonance(id, {
      resonated: !before.resonated,
      resonance: Math.max(0, before.resonance + (before.resonated ? -1 : 1)),
    });
    this.resonating.add(id);
    this.wall.announce('');
    try {
      this.setResonance(id, await client.toggleMeToo(id, { token: visitor.token }));
    } catch {
      this.setResonance(id, before);
      this.wall.announce(this.wall.localize.t('storyMeTooFailed'));
    } finally {
      this.resonating.delete(id);
      this.wall.host.requestUpdate();
    }
  }

  private resonanceOf(story: Story): Resonance {
    const known = this.resonance.get(story.id);
    if (known) return known;
    const resonated = visitor.resonated(story.id);
    // The list may be cached from before this browser's own "me too": count it at least.
    return { resonance: Math.max(story.resonance, resonated ? 1 : 0), resonated };
  }

  private setResonance(id: string, value: Resonance): void {
    this.resonance.set(id, value);
    visitor.remember(id, value.resonated);
    this.wall.host.requestUpdate();
  }

  /** The list of cards; `busy` while the stories of another topic are on their way. */
  render(stories: readonly Story[], practice: Practice, busy: boolean) {
    return html`
      <ul class="cards" aria-busy=${busy}>
        ${stories.map((story, index) => this.renderCard(story, index, practice))}
      </ul>
    `;
  }

  private renderCard(story: Story, index: number, practice: Practice) {
    const { localize } = this.wall;
    const { messages } = localize;
    const { id, contentWarning } = story;
    const folded = contentWarning !== null && !this.expanded.has(id);
    const { resonance, resonated } = this.resonanceOf(story);
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
          <p class="date" id="date-${id}">${formatMonth(story.month, localize.locale)}</p>
          ${
            contentWarning === null
              ? nothing
              : html`<div part="content-note" class="content-note">
                  <p>${localize.t('storyContentNote', contentWarning)}</p>
                  <button
                    class="button-secondary"
                    type="button"
                    aria-expanded=${!folded}
                    aria-controls="body-${id}"
                    @click=${() => this.toggleNote(id)}
                  >
                    ${folded ? messages.storyShow : messages.storyHide}
                  </button>
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
              aria-busy=${this.resonating.has(id)}
              aria-describedby="felt-${id}"
              @click=${() => this.meToo(story)}
            >
              ${messages.storyMeToo}
            </button>
            <span class="felt" id="felt-${id}">${localize.t('storyFelt', resonance)}</span>
            ${this.reports.renderToggle(id)}
          </div>
          ${this.reports.render(id)}
        </article>
      </li>
    `;
  }
}
