import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isAdminError } from './client.js';
import { problemWords, type AdminView } from './view.js';

/*
 * The console's long forms (a group, the practice settings): native controls named by the
 * field's path in the API body (`schedule.startTime`, `facilitators.0.name`), so a problem the
 * server reports under that key lands on the very control; an error summary that links to each;
 * and how such a form is saved.
 */

/** Problems in words, keyed by the field's path in the API body. */
export type FieldProblems = ReadonlyMap<string, string>;

export interface FieldOptions {
  hint?: string;
  /** Not required: the label says "optional". */
  optional?: boolean;
  readonly?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'time';
  inputmode?: 'numeric' | 'decimal';
  autocomplete?: string;
  /** Id of a `<datalist>` of suggestions. */
  list?: string;
  /** A multi-line field with this many rows. */
  rows?: number;
  /** Ids of more text that describes the field (e.g. a seat count that follows it). */
  describedBy?: string;
}

export type Choices = readonly (readonly [value: string, label: string])[];

/** The choices of a closed set (`GROUP_KINDS`), in its order, each named in the console's words. */
export const choicesOf = <K extends string>(
  values: readonly K[],
  names: Record<K, string>,
): Choices => values.map((value) => [value, names[value]] as const);

/** How a long form's last save went; the form keeps its draft beside it. */
export interface SaveState {
  submitted: boolean;
  /** The server's `fields`, by its keys, in words. */
  server: ReadonlyMap<string, string>;
  /** Why the last save failed, said above the fields. */
  failure?: string;
  saving: boolean;
}

/**
 * Saves the long form `prefix` of `view`: `send` is undefined when the form's own checks failed,
 * and the summary of problems takes focus. Otherwise a failure keeps everything typed and says
 * what went wrong: the server's field problems on their fields, anything else in the words
 * `failure` chooses (above the form, or on fields when it gives a map). `update` merges into the
 * view's form.
 */
export async function saveForm<R>(
  view: AdminView,
  prefix: string,
  update: (state: Partial<SaveState>) => void,
  send: (() => Promise<R>) | undefined,
  saved: (answer: R) => void,
  failure: (error: unknown) => string | ReadonlyMap<string, string>,
): Promise<void> {
  const problems = `#${prefix}-problems`;
  update({ submitted: true, failure: undefined, server: new Map(), saving: !!send });
  view.changed();
  if (!send) return void view.host.focusAfterUpdate(problems);
  try {
    saved(await send());
  } catch (error) {
    if (view.host.handleSessionLoss(error)) return;
    const said =
      isAdminError(error) && error.kind === 'validation' && Object.keys(error.fields).length
        ? problemWords(view.t, error)
        : failure(error);
    const text = typeof said === 'string';
    update({
      saving: false,
      server: text ? new Map() : said,
      failure: text ? said : undefined,
    });
    view.changed();
    void view.host.focusAfterUpdate(text ? `#${prefix}-alert` : problems);
  }
}

/** A copy of `target` with the value at `path` (`a.b.0.c`) replaced. */
export function setPath<T>(target: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const copy = (Array.isArray(target) ? [...target] : { ...target }) as Record<string, unknown>;
  copy[head!] = rest.length ? setPath(copy[head!], rest.join('.'), value) : value;
  return copy as T;
}

/**
 * Where a problem the server reports belongs: the field itself, or the nearest field above it
 * (`location` → `location.name`, `fee.insurance.2` → `fee.insurance`); undefined when no control
 * of the form matches (it is then shown in the summary only).
 */
export function fieldOfProblem(key: string, fields: ReadonlySet<string>): string | undefined {
  if (fields.has(key)) return key;
  const children = [...fields].find((field) => field.startsWith(`${key}.`));
  if (children) return children;
  const parts = key.split('.');
  while (parts.length > 1) {
    parts.pop();
    const parent = parts.join('.');
    if (fields.has(parent)) return parent;
  }
  return undefined;
}

/**
 * The problems to show, in the order of the form's fields: the form's own checks first (already
 * in words), then each the server reported, on its field or the nearest one above it (or in the
 * summary only when no control matches).
 */
export function problemsInOrder(
  paths: readonly string[],
  own: Iterable<readonly [path: string, problem: string]>,
  server: ReadonlyMap<string, string>,
): FieldProblems {
  const known = new Set(paths);
  const problems = new Map(own);
  for (const [key, message] of server) {
    const path = fieldOfProblem(key, known) ?? key;
    if (!problems.has(path)) problems.set(path, message);
  }
  const order = (path: string) => (known.has(path) ? paths.indexOf(path) : paths.length);
  return new Map([...problems].sort(([a], [b]) => order(a) - order(b)));
}

/** A valid IANA time zone, as the server checks it. */
export function isTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every time zone this browser knows, to suggest while typing. */
export function timeZones(): readonly string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/** Renders labelled controls with their hint and problem, and the summary of problems. */
export class FormFields {
  /** The label of each field rendered so far, for the summary. */
  private readonly labels = new Map<string, string>();

  constructor(
    private readonly prefix: string,
    private readonly problems: FieldProblems,
    private readonly optionalLabel: (label: string) => string,
  ) {}

  idOf(path: string): string {
    return `${this.prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  }

  private describedBy(path: string, options: FieldOptions): string | undefined {
    const id = this.idOf(path);
    const ids = [
      options.hint ? `${id}-hint` : '',
      options.describedBy ?? '',
      this.problems.has(path) ? `${id}-error` : '',
    ].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  private hint(path: string, options: FieldOptions) {
    return options.hint
      ? html`<p class="hint" id="${this.idOf(path)}-hint">${options.hint}</p>`
      : nothing;
  }

  private problem(path: string) {
    const problem = this.problems.get(path);
    return problem ? html`<p class="error" id="${this.idOf(path)}-error">${problem}</p>` : nothing;
  }

  private label(path: string, label: string, options: FieldOptions): string {
    this.labels.set(path, label);
    return options.optional ? this.optionalLabel(label) : label;
  }

  text(path: string, label: string, value: string, options: FieldOptions = {}): TemplateResult {
    const id = this.idOf(path);
    const shown = this.label(path, label, options);
    const invalid = this.problems.has(path) ? 'true' : 'false';
    const described = this.describedBy(path, options);
    return html`<div class="field">
      <label for=${id}>${shown}</label>
      ${this.hint(path, options)}
      ${
        options.rows
          ? html`<textarea
              id=${id}
              name=${path}
              rows=${options.rows}
              ?readonly=${options.readonly}
              ?required=${!options.optional}
              aria-invalid=${invalid}
              aria-describedby=${ifDefined(described)}
              .value=${live(value)}
            ></textarea>`
          : html`<input
              id=${id}
              name=${path}
              type=${options.type ?? 'text'}
              inputmode=${ifDefined(options.inputmode)}
              autocomplete=${options.autocomplete ?? 'off'}
              list=${ifDefined(options.list)}
              ?readonly=${options.readonly}
              ?required=${!options.optional}
              aria-invalid=${invalid}
              aria-describedby=${ifDefined(described)}
              .value=${live(value)}
            />`
      }
      ${this.problem(path)}
    </div>`;
  }

  select(
    path: string,
    label: string,
    value: string,
    choices: Choices,
    options: FieldOptions = {},
  ): TemplateResult {
    const id = this.idOf(path);
    const shown = this.label(path, label, options);
    return html`<div class="field">
      <label for=${id}>${shown}</label>
      ${this.hint(path, options)}
      <select
        id=${id}
        name=${path}
        ?disabled=${options.readonly}
        aria-invalid=${this.problems.has(path) ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy(path, options))}
      >
        ${choices.map(
          ([choice, text]) =>
            html`<option value=${choice} ?selected=${choice === value}>${text}</option>`,
        )}
      </select>
      ${this.problem(path)}
    </div>`;
  }

  checkbox(path: string, label: string, checked: boolean, options: FieldOptions = {}) {
    const id = this.idOf(path);
    this.labels.set(path, label);
    return html`<div class="field check">
      <input
        id=${id}
        name=${path}
        type="checkbox"
        ?disabled=${options.readonly}
        aria-describedby=${ifDefined(this.describedBy(path, options))}
        .checked=${live(checked)}
      />
      <label for=${id}>${label}</label>
      ${this.hint(path, options)} ${this.problem(path)}
    </div>`;
  }

  /** Radio buttons, or check boxes when `many` (values of a list, e.g. topic ids). */
  choices(
    path: string,
    legend: string,
    chosen: string | readonly string[],
    choices: Choices,
    options: FieldOptions & { many?: boolean } = {},
  ): TemplateResult {
    const id = this.idOf(path);
    this.labels.set(path, legend);
    const type = options.many ? 'checkbox' : 'radio';
    const isChosen = (value: string) =>
      typeof chosen === 'string' ? chosen === value : chosen.includes(value);
    return html`<fieldset
      class="field choices"
      id=${id}
      aria-invalid=${this.problems.has(path) ? 'true' : 'false'}
      aria-describedby=${ifDefined(this.describedBy(path, options))}
    >
      <legend>${legend}</legend>
      ${this.hint(path, options)}
      ${choices.map(
        ([value, text], index) =>
          html`<div class="check">
            <input
              id="${id}-${index}"
              name=${path}
              type=${type}
              value=${value}
              ?disabled=${options.readonly}
              .checked=${live(isChosen(value))}
            />
            <label for="${id}-${index}">${text}</label>
          </div>`,
      )}
      ${this.problem(path)}
    </fieldset>`;
  }

  /**
   * A labelled list of rows (topics, crisis lines). Rows are plain groups, never nested
   * fieldsets; a problem with the whole list (e.g. a topic still in use) shows here.
   */
  list(path: string, legend: string, rows: unknown, options: FieldOptions = {}): TemplateResult {
    this.labels.set(path, legend);
    return html`<fieldset
      class="list"
      id=${this.idOf(path)}
      aria-describedby=${ifDefined(this.describedBy(path, options))}
    >
      <legend>${legend}</legend>
      ${this.hint(path, options)} ${this.problem(path)} ${rows}
    </fieldset>`;
  }

  /** Focuses the control of a field (the first of a group of choices). */
  focus(root: ParentNode, path: string): void {
    const control =
      root.querySelector<HTMLElement>(`#${this.idOf(path)}:is(input, select, textarea)`) ??
      root.querySelector<HTMLElement>(`#${this.idOf(path)} :is(input:checked, input)`) ??
      root.querySelector<HTMLElement>(`#${this.idOf(path)}`);
    control?.focus();
  }

  /**
   * What a form shows above its fields: the summary of problems when there are any (`title` says
   * how many; each links to its field), and the alert that says why a save failed.
   */
  top(title: string, failure: string | undefined, root: ParentNode): TemplateResult {
    return html`${
        this.problems.size ? this.summary(title, (path) => this.focus(root, path)) : nothing
      }
      <div class="alert" id="${this.prefix}-alert" role="alert" tabindex="-1">
        ${failure ? html`<p>${failure}</p>` : nothing}
      </div>`;
  }

  /**
   * A secondary button on its own line that adds or removes a row of a list (`id` to return focus
   * to it); nothing when the form is read-only.
   */
  listButton(label: string, onClick: () => void, id?: string, readonly = false) {
    return readonly
      ? nothing
      : html`<div class="actions">
          <button type="button" class="secondary" id=${ifDefined(id)} @click=${onClick}>
            ${label}
          </button>
        </div>`;
  }

  /** The form's save button: busy, not disabled, while saving (it stays in the tab order). */
  submit(label: string, savingLabel: string, saving: boolean): TemplateResult {
    return html`<button
      type="submit"
      aria-disabled=${saving ? 'true' : 'false'}
      aria-busy=${saving ? 'true' : 'false'}
    >
      ${saving ? savingLabel : label}
    </button>`;
  }

  /**
   * The problems, each a link to its field, under a heading that says how many. Render it after
   * the fields (its labels come from them), place it above them.
   */
  summary(title: string, onLink: (path: string) => void): TemplateResult {
    return html`<div
      class="summary"
      id="${this.prefix}-problems"
      role="group"
      tabindex="-1"
      aria-labelledby="${this.prefix}-problems-title"
    >
      <h3 id="${this.prefix}-problems-title">${title}</h3>
      <ul>
        ${[...this.problems].map(([path, problem]) => {
          const label = this.labels.get(path);
          if (!label) return html`<li>${problem}</li>`;
          return html`<li>
            <a
              href="#${this.idOf(path)}"
              @click=${(event: Event) => {
                // The href would change the page's address; move focus to the field instead.
                event.preventDefault();
                onLink(path);
              }}
              >${label}: ${problem}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }
}
