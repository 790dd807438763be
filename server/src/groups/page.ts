import type { Group, Practice } from '../../../src/api/contract/public.js';

// `GET /groups`: the practice's open groups as a plain HTML page, for visitors whose browser
// runs no script (the embed snippet links to it from `<noscript>`). English, no script, no
// inline style (the page CSP forbids both): one small stylesheet at `/groups.css`.

const LOCALE = 'en-US';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A tagged template that escapes every interpolation unless it is already `Html`. */
class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

export function renderGroupsPage(practice: Practice, groups: Group[]): string {
  const open = groups.filter((group) => group.status !== 'closed');
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Therapy groups – ${practice.name}</title>
        <link rel="stylesheet" href="groups.css" />
      </head>
      <body>
        <main>
          <h1>Therapy groups at ${practice.name}</h1>
          ${renderContact(practice)}
          ${
            open.length === 0
              ? html`<p>
                  There are no groups open right now. New groups start throughout the year.
                </p>`
              : html`<ul class="groups">
                  ${open.map((group) => renderGroup(group, practice.timeZone))}
                </ul>`
          }
          ${renderEmergency(practice)}
        </main>
      </body>
    </html> `.value;
}

function renderContact(practice: Practice): Html {
  const { phone, email } = practice.contact;
  const ways = [
    phone && html`call <a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>`,
    email && html`e-mail <a href="mailto:${email}">${email}</a>`,
  ].filter((way): way is Html => Boolean(way));
  if (ways.length === 0) return html``;
  const joined = ways.length === 2 ? html`${ways[0]} or ${ways[1]}` : ways[0];
  return html`<p class="contact">
    To ask for a spot, or with any question about a group, ${joined}.
  </p>`;
}

function renderGroup(group: Group, timeZone: string): Html {
  const headingId = `group-${group.id}`;
  return html`<li>
    <article aria-labelledby="${headingId}">
      <h2 id="${headingId}">${group.name}</h2>
      <p>${group.summary}</p>
      <dl>
        <dt>For</dt>
        <dd>${group.audience}</dd>
        <dt>When</dt>
        <dd>${scheduleInWords(group, timeZone)}</dd>
        <dt>Where</dt>
        <dd>${whereInWords(group)}</dd>
        <dt>Spots</dt>
        <dd>${statusInWords(group)}</dd>
      </dl>
    </article>
  </li>`;
}

function renderEmergency(practice: Practice): Html {
  const emergency = practice.texts.emergency;
  const crisis = practice.crisisResources[0];
  if (!emergency && !crisis) return html``;
  return html`<aside aria-labelledby="urgent-help">
    <h2 id="urgent-help">If you need help now</h2>
    ${emergency && html`<p>${emergency}</p>`}
    ${crisis && html`<p>${crisis.name}: ${crisis.description}</p>`}
  </aside>`;
}

/** "Tuesdays, 6:00 – 7:30 PM Pacific Time; next session Tuesday, March 11. 8 sessions." */
export function scheduleInWords(group: Group, timeZone: string): string {
  const { schedule } = group;
  const next = group.nextSessions[0];
  const day = WEEKDAYS[schedule.weekday] ?? '';
  const rhythm =
    schedule.frequency === 'weekly'
      ? `${day}s`
      : schedule.frequency === 'biweekly'
        ? `Every other ${day}`
        : `One ${day} a month`;
  const parts: string[] = [];
  if (next) {
    // A real session instant, so the hours are right on either side of a DST change.
    const start = new Date(next);
    const end = new Date(start.getTime() + schedule.durationMinutes * 60_000);
    const hours = new Intl.DateTimeFormat(LOCALE, { timeZone, hour: 'numeric', minute: '2-digit' });
    const zone = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(start)
      .find((part) => part.type === 'timeZoneName')?.value;
    const date = new Intl.DateTimeFormat(LOCALE, {
      timeZone,
      weekday: 'long',
      month: 'long',
      day: 'numeric',
    }).format(start);
    parts.push(`${rhythm}, ${hours.formatRange(start, end)}${zone ? ` ${zone}` : ''}`);
    parts.push(`next session ${date}`);
  } else {
    parts.push(`${rhythm}, ${schedule.startTime} (${schedule.timeZone}); no upcoming sessions`);
  }
  let text = parts.join('; ') + '.';
  if (group.enrollment === 'ongoing') text += ' Ongoing: join any time.';
  else if (group.sessionCount) text += ` A series of ${group.sessionCount} sessions.`;
  return text;
}

function whereInWords(group: Group): string {
  const location = group.location;
  const place = location ? `${location.name}, ${location.address}, ${location.city}` : undefined;
  const access = location?.accessibility ? ` ${location.accessibility}` : '';
  switch (group.format) {
    case 'online':
      return 'Online, by video.';
    case 'hybrid':
      return place ? `In person at ${place}, or online.${access}` : 'In person or online.';
    default:
      return place ? `In person at ${place}.${access}` : 'In person.';
  }
}

function statusInWords(group: Group): string {
  switch (group.status) {
    case 'waitlist':
      return 'Full right now: you can join the waitlist.';
    case 'few_seats':
      return group.seatsLeft === 1 ? '1 spot left.' : `${group.seatsLeft} spots left.`;
    case 'closed':
      return 'Not taking requests right now.';
    default:
      return 'Spots available.';
  }
}

/** The page's only styles: readable measure, the host's system font, visible focus. */
export const GROUPS_CSS = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; padding: 1rem; }
main { max-width: 42rem; margin: 0 auto; }
.groups { list-style: none; padding: 0; margin: 0; }
.groups > li { border-top: 1px solid currentColor; padding: 1rem 0; }
h2 { margin: 0 0 0.25rem; font-size: 1.25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 0; }
dt { font-weight: 600; }
dd { margin: 0; }
a:focus-visible { outline: 3px solid currentColor; outline-offset: 2px; }
aside { border-top: 1px solid currentColor; margin-top: 1rem; }
`;
