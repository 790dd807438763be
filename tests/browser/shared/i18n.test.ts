import { expect } from '@open-wc/testing';
import type { Schedule } from '../../../src/api/index.js';
import { loadCatalogue } from '../../../src/i18n/catalogues.js';
import { finderTexts } from '../../../src/group-finder/texts.js';
import { formatFee, formatSchedule } from '../../../src/group-finder/format-groups.js';
import { watchConsole } from '../helpers/console.js';

const tuesdayEvening: Schedule = {
  frequency: 'weekly',
  weekday: 2,
  startTime: '18:00',
  durationMinutes: 90,
  timeZone: 'America/Los_Angeles',
};

const tidy = (value: string) => value.replace(/\s+/g, ' ');

describe('formatting through Intl', () => {
  watchConsole();
  const { en } = finderTexts;

  it("gives only the practice's time when the visitor's clock is the same", () => {
    const text = formatSchedule(
      tuesdayEvening,
      'en-US',
      'America/Vancouver',
      en,
      '2026-06-10T01:00:00Z',
    );
    expect(tidy(text.text)).to.equal('Tuesdays, 6:00 – 7:30 PM PDT');
    expect(text.visitorText).to.equal(undefined);
  });

  it("adds the visitor's own time, weekday included, when it differs", () => {
    const text = formatSchedule(
      tuesdayEvening,
      'en-US',
      'Europe/Madrid',
      en,
      '2026-06-10T01:00:00Z',
    );
    expect(tidy(text.visitorText ?? '')).to.match(/^Wednesdays, 3:00 – 4:30 AM GMT\+2$/);
  });

  it('speaks Spanish with 24-hour times', async () => {
    const es = await loadCatalogue(finderTexts, 'es');
    const text = formatSchedule(
      tuesdayEvening,
      'es',
      'America/Los_Angeles',
      es,
      '2026-06-10T01:00:00Z',
    );
    expect(tidy(text.text)).to.equal('Los martes, 18:00–19:30 GMT-7');
    expect(
      formatFee(
        { amount: 40, currency: 'USD', per: 'session', slidingScale: true, insurance: [] },
        'es',
        es,
      ).map(tidy),
    ).to.deep.equal(['40 US$ por sesión', 'Tarifa reducida según ingresos']);
  });

  it('keeps the local time of a session on either side of a DST change', () => {
    const before = formatSchedule(tuesdayEvening, 'en-US', 'UTC', en, '2026-03-04T02:00:00Z');
    const after = formatSchedule(tuesdayEvening, 'en-US', 'UTC', en, '2026-03-11T01:00:00Z');
    expect(tidy(before.text)).to.equal('Tuesdays, 6:00 – 7:30 PM PST');
    expect(tidy(after.text)).to.equal('Tuesdays, 6:00 – 7:30 PM PDT');
    expect(tidy(before.visitorText ?? '')).to.equal('Wednesdays, 2:00 – 3:30 AM UTC');
    expect(tidy(after.visitorText ?? '')).to.equal('Wednesdays, 1:00 – 2:30 AM UTC');
  });

  it('gives the wall-clock time alone when no session is coming', () => {
    const text = formatSchedule(tuesdayEvening, 'en-US', 'Europe/Madrid', en);
    expect(tidy(text.text)).to.equal('Tuesdays, 6:00 – 7:30 PM');
    expect(text.visitorText).to.equal(undefined);
  });
});
