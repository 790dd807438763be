import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { AuditEntry, StaffList } from '../../api/contract/staff.js';
import type { AdminClient } from '../kit/client.js';
import { errorWords } from '../../internal/state-messages.js';
import { AdminView, alertOf, formatDateTime, type AdminHost } from '../kit/view.js';

const PAGE = 50;

/** The activity log, for owners: who did what and when, newest first. Read-only. */
export class AuditView extends AdminView {
  readonly name = 'audit';
  readonly titleSelector = '#audit-title';

  private readonly auditTask: Task<
    readonly [AdminClient | undefined, boolean],
    StaffList<AuditEntry>
  >;
  /** Older pages loaded after the first, and where the next one starts. */
  private older: AuditEntry[] = [];
  private olderCursor?: string | null;
  private loadingMore = false;
  private moreFailed?: string;

  constructor(host: AdminHost) {
    super(host);
    this.auditTask = new Task(host, {
      task: async ([client, load], { signal }) => {
        this.older = [];
        this.olderCursor = undefined;
        this.moreFailed = undefined;
        if (!client || !load) return { items: [], nextCursor: null };
        return this.signedIn(
          client.request<StaffList<AuditEntry>>('GET', `v1/admin/audit?limit=${PAGE}`, { signal }),
        );
      },
      args: () => [this.host.client, this.shown && this.available()] as const,
    });
  }

  label(): string {
    return this.t.t('adminAuditView');
  }

  /** Only owners read the log: the console may leave this view out of everyone else's menu. */
  override available(): boolean {
    return this.host.staff?.role === 'owner';
  }

  private get cursor(): string | null {
    return this.olderCursor === undefined
      ? (this.auditTask.value?.nextCursor ?? null)
      : this.olderCursor;
  }

  private async handleMore(): Promise<void> {
    const cursor = this.cursor;
    if (!cursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreFailed = undefined;
    this.changed();
    try {
      const page = await this.host.client!.request<StaffList<AuditEntry>>(
        'GET',
        `v1/admin/audit?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`,
      );
      this.older = [...this.older, ...page.items];
      this.olderCursor = page.nextCursor ?? null;
      this.host.announce(this.t.t('adminAuditLoaded', page.items.length));
      const first = page.items[0];
      void this.host.focusAfterUpdate(first ? `#audit-${first.id}` : '#audit-title');
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      this.moreFailed =
        errorWords(error) === 'errorNetwork'
          ? this.t.t('errorNetwork')
          : this.t.t('adminAuditMoreError');
    } finally {
      this.loadingMore = false;
      this.changed();
    }
  }

  private renderEntry(entry: AuditEntry) {
    const t = this.t;
    const when = formatDateTime(t, entry.at);
    return html`<tr id="audit-${entry.id}" tabindex="-1">
      <td><time datetime=${entry.at}>${when}</time></td>
      <td>${t.t('adminAuditActor', entry.actor?.email ?? null, entry.via)}</td>
      <td>${t.t('adminAuditAction', entry.action)}</td>
    </tr>`;
  }

  private renderLog(first: StaffList<AuditEntry>) {
    const t = this.t;
    const entries = [...first.items, ...this.older];
    if (!entries.length) {
      return this.emptyMessage(t.t('adminAuditEmpty'));
    }
    return html`<table class="audit" aria-labelledby="audit-title">
        <thead>
          <tr>
            <th scope="col">${t.t('adminAuditWhen')}</th>
            <th scope="col">${t.t('adminAuditWho')}</th>
            <th scope="col">${t.t('adminAuditWhat')}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map((entry) => this.renderEntry(entry))}
        </tbody>
      </table>
      ${alertOf(this.moreFailed)}
      ${
        this.cursor
          ? html`<div class="actions">
              <button
                type="button"
                class="secondary"
                id="audit-more"
                aria-disabled=${this.loadingMore ? 'true' : 'false'}
                @click=${() => this.handleMore()}
              >
                ${this.loadingMore ? t.t('adminAuditLoadingMore') : t.t('adminAuditMore')}
              </button>
            </div>`
          : nothing
      }`;
  }

  render() {
    const t = this.t;
    if (!this.available()) {
      return html`<section aria-labelledby="audit-title">
        <h2 id="audit-title" tabindex="-1">${t.t('adminAuditTitle')}</h2>
        <p class="message" part="message">${t.t('adminAuditOwnersOnly')}</p>
      </section>`;
    }
    return html`<section class="audit-log" aria-labelledby="audit-title">
      <h2 id="audit-title" tabindex="-1">${t.t('adminAuditTitle')}</h2>
      <p class="hint">${t.t('adminAuditIntro')}</p>
      ${this.auditTask.render({
        pending: () => this.loadingMessage(t.t('adminAuditLoading')),
        error: () =>
          this.loadFailedMessage(t.t('adminAuditError'), () => this.reload(this.auditTask)),
        complete: (first) => this.renderLog(first),
      })}
    </section>`;
  }
}
