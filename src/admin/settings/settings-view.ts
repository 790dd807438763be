import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { PracticeSettings } from '../../api/contract/staff.js';
import { STORY_LIMITS, STORY_MAX_LENGTH_CEILING } from '../../api/rules/story.js';
import { isAdminError, type AdminClient } from '../kit/client.js';
import {
  fieldOfProblem,
  problemsInOrder,
  FormFields,
  saveForm,
  type SaveState,
  setPath,
  timeZones,
  type FieldProblems,
} from '../kit/form-fields.js';
import {
  checkSettings,
  settingsDraftOf,
  settingsFieldPaths,
  textKeysOf,
  topicIdOf,
  VISITOR_TEXTS,
  type SettingsDraft,
  type VisitorText,
} from './settings-draft.js';
import { AdminView, type AdminHost } from '../kit/view.js';

const FORM = 'settings';

/** What was typed, and how the last save went. */
interface SettingsForm extends SaveState {
  draft: SettingsDraft;
  /** Changed since it was loaded or saved: a reload then keeps what was typed. */
  dirty: boolean;
}

/**
 * The practice's settings: name and contact details, time zone, the topics visitors filter by,
 * crisis lines, and the texts visitors read. Owners change them; other staff read them.
 */
export class SettingsView extends AdminView {
  readonly name = 'settings';
  readonly titleSelector = '#settings-title';

  private readonly practiceTask: Task<
    readonly [AdminClient | undefined, boolean],
    PracticeSettings | undefined
  >;
  private form?: SettingsForm;
  private notice = '';

  constructor(host: AdminHost) {
    super(host);
    this.practiceTask = new Task(host, {
      task: async ([client, shown], { signal }) => {
        if (!client || !shown) return undefined;
        const practice = await this.signedIn(
          client.request<PracticeSettings>('GET', 'v1/admin/practice', { signal }),
        );
        // Show the settings as they are now, unless someone is in the middle of changing them.
        if (!this.form?.dirty) this.form = this.fresh(practice);
        return practice;
      },
      args: () => [this.host.client, this.shown] as const,
    });
  }

  label(): string {
    return this.t.t('adminSettingsView');
  }

  override reset(): void {
    this.form = undefined;
    this.notice = '';
  }

  private fresh(practice: PracticeSettings): SettingsForm {
    const draft = settingsDraftOf(practice);
    return { draft, submitted: false, server: new Map(), saving: false, dirty: false };
  }

  private get canEdit(): boolean {
    return this.host.staff?.role === 'owner';
  }

  private update(draft: SettingsDraft, server = this.form!.server): void {
    this.form = { ...this.form!, draft, server, dirty: true };
    this.notice = '';
    this.changed();
  }

  private handleInput(event: Event): void {
    const form = this.form;
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (!form || !target.name || !this.canEdit) return;
    const path = target.name;
    const draft = setPath(form.draft, path, target.value);
    const known = new Set(settingsFieldPaths(draft));
    const server = new Map([...form.server].filter(([key]) => fieldOfProblem(key, known) !== path));
    this.update(draft, server);
  }

  private handleAddTopic(): void {
    const draft = this.form!.draft;
    const topics = [...draft.topics, { id: '', label: '', saved: false }];
    this.update({ ...draft, topics });
    void this.host.focusAfterUpdate(`#${FORM}-topics-${topics.length - 1}-label`);
  }

  private handleRemoveTopic(index: number): void {
    const draft = this.form!.draft;
    const removed = draft.topics[index]!;
    this.update({ ...draft, topics: draft.topics.filter((_, each) => each !== index) }, new Map());
    this.host.announce(this.t.t('adminSettingsTopicRemoved', removed.label || String(index + 1)));
    void this.host.focusAfterUpdate(`#${FORM}-topic-add`);
  }

  private handleAddResource(): void {
    const draft = this.form!.draft;
    const empty = { name: '', description: '', phone: '', sms: '', url: '' };
    const crisisResources = [...draft.crisisResources, empty];
    this.update({ ...draft, crisisResources });
    void this.host.focusAfterUpdate(`#${FORM}-crisisResources-${crisisResources.length - 1}-name`);
  }

  private handleRemoveResource(index: number): void {
    const draft = this.form!.draft;
    const crisisResources = draft.crisisResources.filter((_, each) => each !== index);
    this.update({ ...draft, crisisResources }, new Map());
    this.host.announce(this.t.t('adminSettingsResourceRemoved', index + 1));
    void this.host.focusAfterUpdate(`#${FORM}-resource-add`);
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = this.form;
    if (!form || form.saving || !this.canEdit) return;
    const checked = checkSettings(form.draft);
    const client = this.host.client!;
    this.notice = '';
    await saveForm(
      this,
      FORM,
      (state) => (this.form = { ...this.form!, ...state }),
      checked.ok
        ? () =>
            client.request<PracticeSettings>('PUT', 'v1/admin/practice', { body: checked.input })
        : undefined,
      (saved) => {
        this.form = this.fresh(saved);
        this.notice = this.t.t('adminSettingsSaved');
        this.host.announce(this.notice);
        this.changed();
        void this.host.focusAfterUpdate(`#${FORM}-saved`);
      },
      (error) =>
        this.t.t(
          isAdminError(error) && error.staff === 'forbidden'
            ? 'adminSettingsOwnersOnly'
            : 'adminSettingsSaveFailed',
        ),
    );
  }

  private problemsOf(form: SettingsForm): FieldProblems {
    const checked = form.submitted ? checkSettings(form.draft) : undefined;
    const own = checked && !checked.ok ? checked.problems : [];
    return problemsInOrder(
      settingsFieldPaths(form.draft),
      [...own].map(
        ([path, problem]) => [path, this.t.messages.adminSettingsProblems[problem]] as const,
      ),
      form.server,
    );
  }

  private textLabel(key: string): string {
    return (VISITOR_TEXTS as readonly string[]).includes(key)
      ? this.t.messages.adminSettingsTextNames[key as VisitorText]
      : this.t.t('adminSettingsTextOther', key);
  }

  private renderPractice(fields: FormFields, draft: SettingsDraft, readonly: boolean) {
    const t = this.t;
    return html`<fieldset>
        <legend>${t.t('adminSettingsPractice')}</legend>
        ${fields.text('name', t.t('adminSettingsName'), draft.name, {
          readonly,
          autocomplete: 'organization',
        })}
        ${fields.text('contact.phone', t.t('adminSettingsPhone'), draft.contact.phone, {
          readonly,
          optional: true,
          type: 'tel',
        })}
        ${fields.text('contact.email', t.t('adminSettingsEmail'), draft.contact.email, {
          readonly,
          optional: true,
          type: 'email',
        })}
        ${fields.text('contact.address', t.t('adminSettingsAddress'), draft.contact.address, {
          readonly,
          optional: true,
          rows: 2,
        })}
        ${fields.text('privacyPolicyUrl', t.t('adminSettingsPrivacy'), draft.privacyPolicyUrl, {
          readonly,
          type: 'url',
          hint: t.t('adminSettingsPrivacyHint'),
        })}
      </fieldset>
      <fieldset>
        <legend>${t.t('adminSettingsPlaceAndLanguage')}</legend>
        ${fields.text('timeZone', t.t('adminSettingsTimeZone'), draft.timeZone, {
          readonly,
          hint: t.t('adminSettingsTimeZoneHint'),
          list: readonly ? undefined : `${FORM}-time-zones`,
        })}
        <datalist id="${FORM}-time-zones">
          ${timeZones().map((zone) => html`<option value=${zone}></option>`)}
        </datalist>
        ${fields.text('locale', t.t('adminSettingsLocale'), draft.locale, {
          readonly,
          hint: t.t('adminSettingsLocaleHint'),
        })}
      </fieldset>`;
  }

  private renderTopics(fields: FormFields, draft: SettingsDraft, readonly: boolean) {
    const t = this.t;
    const rows = draft.topics.map((topic, index) => {
      const id = topicIdOf(topic);
      return html`<div class="row">
        ${fields.text(`topics.${index}.label`, t.t('adminSettingsTopic', index + 1), topic.label, {
          readonly,
          hint: id ? t.t('adminSettingsTopicId', id) : undefined,
        })}
        ${fields.listButton(
          t.t('adminSettingsTopicRemove', index + 1),
          () => this.handleRemoveTopic(index),
          undefined,
          readonly,
        )}
      </div>`;
    });
    return fields.list(
      'topics',
      t.t('adminSettingsTopics'),
      html`${rows}
      ${fields.listButton(
        t.t('adminSettingsTopicAdd'),
        () => this.handleAddTopic(),
        `${FORM}-topic-add`,
        readonly,
      )}`,
      { hint: t.t('adminSettingsTopicsHint') },
    );
  }

  private renderResources(fields: FormFields, draft: SettingsDraft, readonly: boolean) {
    const t = this.t;
    const rows = draft.crisisResources.map(
      (resource, index) =>
        html`<div class="row" role="group" aria-labelledby="${FORM}-resource-${index}">
          <h3 id="${FORM}-resource-${index}">${t.t('adminSettingsResource', index + 1)}</h3>
          ${fields.text(
            `crisisResources.${index}.name`,
            t.t('adminSettingsResourceName'),
            resource.name,
            { readonly },
          )}
          ${fields.text(
            `crisisResources.${index}.description`,
            t.t('adminSettingsResourceDescription'),
            resource.description,
            { readonly, rows: 2 },
          )}
          <div class="pair">
            ${fields.text(
              `crisisResources.${index}.phone`,
              t.t('adminSettingsResourcePhone'),
              resource.phone,
              { readonly, optional: true, type: 'tel' },
            )}
            ${fields.text(
              `crisisResources.${index}.sms`,
              t.t('adminSettingsResourceSms'),
              resource.sms,
              { readonly, optional: true },
            )}
          </div>
          ${fields.text(
            `crisisResources.${index}.url`,
            t.t('adminSettingsResourceUrl'),
            resource.url,
            { readonly, optional: true, type: 'url' },
          )}
          ${fields.listButton(
            t.t('adminSettingsResourceRemove', index + 1),
            () => this.handleRemoveResource(index),
            undefined,
            readonly,
          )}
        </div>`,
    );
    return fields.list(
      'crisisResources',
      t.t('adminSettingsResources'),
      html`${rows}
      ${fields.listButton(
        t.t('adminSettingsResourceAdd'),
        () => this.handleAddResource(),
        `${FORM}-resource-add`,
        readonly,
      )}`,
      { hint: t.t('adminSettingsResourcesHint') },
    );
  }

  private renderTexts(fields: FormFields, draft: SettingsDraft, readonly: boolean) {
    const t = this.t;
    return html`${fields.list(
        'texts',
        t.t('adminSettingsTexts'),
        textKeysOf(draft).map((key) =>
          fields.text(`texts.${key}`, this.textLabel(key), draft.texts[key] ?? '', {
            readonly,
            optional: true,
            rows: 3,
            hint: (VISITOR_TEXTS as readonly string[]).includes(key)
              ? t.messages.adminSettingsTextHints[key as VisitorText]
              : undefined,
          }),
        ),
        { hint: t.t('adminSettingsTextsHint') },
      )}
      <fieldset>
        <legend>${t.t('adminSettingsStories')}</legend>
        ${fields.text('storyMaxLength', t.t('adminSettingsStoryLength'), draft.storyMaxLength, {
          readonly,
          optional: true,
          inputmode: 'numeric',
          hint: t.t(
            'adminSettingsStoryLengthHint',
            STORY_LIMITS.bodyMin,
            STORY_MAX_LENGTH_CEILING,
            STORY_LIMITS.bodyMax,
          ),
        })}
      </fieldset>`;
  }

  private renderForm(form: SettingsForm) {
    const t = this.t;
    const readonly = !this.canEdit;
    const problems = this.problemsOf(form);
    const fields = new FormFields(FORM, problems, (label) => t.t('adminOptional', label));
    const draft = form.draft;
    const sections = html`${this.renderPractice(fields, draft, readonly)}
    ${this.renderTopics(fields, draft, readonly)} ${this.renderResources(fields, draft, readonly)}
    ${this.renderTexts(fields, draft, readonly)}`;
    return html`${
        readonly
          ? html`<p class="read-only" id="${FORM}-read-only">${t.t('adminSettingsOwnersOnly')}</p>`
          : nothing
      }
      ${this.notice ? html`<p class="saved" id="${FORM}-saved" tabindex="-1">${this.notice}</p>` : nothing}
      <form
        class="settings-form"
        novalidate
        aria-labelledby="settings-title"
        aria-describedby=${readonly ? `${FORM}-read-only` : nothing}
        @submit=${(event: SubmitEvent) => this.handleSubmit(event)}
        @input=${(event: Event) => this.handleInput(event)}
      >
        ${fields.top(t.t('adminProblemsTitle', problems.size), form.failure, this.host.shadowRoot!)}
        ${sections}
        ${
          readonly
            ? nothing
            : html`<div class="actions">
                ${fields.submit(t.t('adminSettingsSave'), t.t('adminSaving'), form.saving)}
              </div>`
        }
      </form>`;
  }

  render() {
    const t = this.t;
    return html`<section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title" tabindex="-1">${t.t('adminSettingsTitle')}</h2>
      ${this.practiceTask.render({
        pending: () => this.loadingMessage(t.t('adminSettingsLoading')),
        error: () =>
          this.loadFailedMessage(t.t('adminSettingsError'), () => this.reload(this.practiceTask)),
        complete: () => (this.form ? this.renderForm(this.form) : nothing),
      })}
    </section>`;
  }
}
