/*
 * A story's report form, under its card: a reason, an optional note (300 characters at most, as
 * the server takes), then thanks. Each story's form keeps what was chosen and typed until it is
 * sent or cancelled; a failed report stays, to be sent again. `StoryReports` keeps the forms;
 * `reportToggle` and `reportForm` draw a story's.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { REPORT_REASONS, type ReportReason } from '../api/contract/public.js';
import type { WallContext } from './context.js';
import type { StoryWords } from './texts.js';

/** A story's report form: open, sending, sent or failed. */
interface ReportState {
  reason?: ReportReason;
  note: string;
  sending?: boolean;
  sent?: boolean;
  failed?: boolean;
  missing?: boolean;
}

export class StoryReports {
  readonly #wall: WallContext;
  readonly #reports = new Map<string, ReportState>();

  constructor(wall: WallContext) {
    this.#wall = wall;
  }

  /** What a story's form holds now; `undefined` while it is closed. */
  get(id: string): ReportState | undefined {
    return this.#reports.get(id);
  }

  /** Report opens a story's form, or closes it. */
  toggle(id: string): void {
    const report = this.get(id);
    this.#set(id, report && !report.sent ? undefined : { note: '' });
    if (this.get(id)) this.#wall.moveFocus(`#report-${CSS.escape(id)} input`);
  }

  input(id: string, event: Event): void {
    const input = event.target as HTMLInputElement;
    const current = this.get(id) ?? { note: '' };
    this.#set(
      id,
      input.name === 'note'
        ? { ...current, note: input.value }
        : { ...current, reason: input.value as ReportReason, missing: false },
    );
  }

  async submit(id: string, event: Event): Promise<void> {
    event.preventDefault();
    const report = this.get(id);
    const client = this.#wall.client();
    if (!report || report.sending || !client) return;
    const at = `#report-${CSS.escape(id)}`;
    if (!report.reason) {
      this.#set(id, { ...report, missing: true });
      this.#wall.moveFocus(`${at} input`);
      return;
    }
    this.#set(id, { ...report, sending: true, failed: false });
    const note = report.note.trim();
    try {
      await client.reportStory(id, { reason: report.reason, ...(note && { note }) });
      this.#set(id, { ...report, sending: false, sent: true });
      this.#wall.moveFocus(`${at}-thanks`);
    } catch {
      this.#set(id, { ...report, sending: false, failed: true });
      this.#wall.moveFocus(`${at}-failed`);
    }
  }

  cancel(id: string): void {
    this.#set(id);
    this.#wall.moveFocus(`[data-report="${CSS.escape(id)}"]`);
  }

  /** Keeps what a story's form holds now; without a value, closes it. */
  #set(id: string, value?: ReportState): void {
    if (value) this.#reports.set(id, value);
    else this.#reports.delete(id);
    this.#wall.host.requestUpdate();
  }
}

/** The Report button among a story's actions: opens its form, or closes it. */
export function reportToggle(words: StoryWords, id: string, reports: StoryReports) {
  const report = reports.get(id);
  return html`<button
    class="link report-toggle"
    type="button"
    data-report=${id}
    aria-expanded=${!!report && !report.sent}
    @click=${() => reports.toggle(id)}
  >
    ${words.messages.storyReport}
  </button>`;
}

/** The story's form while it is open, the thanks once sent, else nothing. */
export function reportForm(words: StoryWords, id: string, reports: StoryReports) {
  const { messages } = words;
  const report = reports.get(id);
  if (!report) return nothing;
  if (report.sent) {
    return html`<p part="report" class="report-done" id="report-${id}-thanks" tabindex="-1">
      ${messages.storyReportThanks}
    </p>`;
  }
  const input = (event: Event) => reports.input(id, event);
  return html`
    <form
      part="report"
      class="report"
      id="report-${id}"
      novalidate
      @change=${input}
      @input=${input}
      @submit=${(event: Event) => reports.submit(id, event)}
    >
      <fieldset aria-describedby=${ifDefined(report.missing ? `report-${id}-missing` : undefined)}>
        <legend>${messages.storyReportLegend}</legend>
        ${REPORT_REASONS.map(
          (reason) => html`
            <label class="check">
              <input
                type="radio"
                name="reason"
                .value=${reason}
                .checked=${report.reason === reason}
              />
              ${messages.storyReasons[reason]}
            </label>
          `,
        )}
      </fieldset>
      ${
        report.missing
          ? html`<p class="error" id="report-${id}-missing">${messages.storyReportChoose}</p>`
          : nothing
      }
      <label for="report-${id}-note">${messages.storyReportNote}</label>
      <textarea
        id="report-${id}-note"
        name="note"
        rows="2"
        maxlength="300"
        .value=${report.note}
      ></textarea>
      ${
        report.failed
          ? html`<p class="error" id="report-${id}-failed" tabindex="-1">
              ${messages.storyReportFailed}
            </p>`
          : nothing
      }
      <div class="actions">
        <button class="button-primary" type="submit" aria-disabled=${!!report.sending}>
          ${report.sending ? messages.storySending : messages.storyReportSend}
        </button>
        <button class="button-secondary" type="button" @click=${() => reports.cancel(id)}>
          ${messages.storyReportCancel}
        </button>
      </div>
    </form>
  `;
}
