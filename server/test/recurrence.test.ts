import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Schedule } from '../../src/api/contract/public.js';
import { localDate, nextSessions, zonedWallTimeToUtc } from '../src/groups/recurrence.js';

const schedule = (overrides: Partial<Schedule> = {}): Schedule => ({
  frequency: 'weekly',
  weekday: 2,
  startTime: '18:00',
  durationMinutes: 90,
  timeZone: 'America/Los_Angeles',
  ...overrides,
});

/** Local wall time of an instant, `YYYY-MM-DD HH:MM`, to state expectations the way people do. */
function wallTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

describe('nextSessions', () => {
  it('keeps Tuesdays at 18:00 in Los Angeles across the March change', () => {
    const sessions = nextSessions(schedule(), { now: new Date('2025-02-25T00:00:00Z'), count: 4 });
    assert.deepEqual(sessions, [
      '2025-02-26T02:00:00.000Z', // Feb 25, PST (UTC−8)
      '2025-03-05T02:00:00.000Z',
      '2025-03-12T01:00:00.000Z', // Mar 11, PDT (UTC−7) after March 9
      '2025-03-19T01:00:00.000Z',
    ]);
    for (const session of sessions)
      assert.match(wallTime(session, 'America/Los_Angeles'), / 18:00$/);
  });

  it('keeps Tuesdays at 18:00 in Los Angeles across the November change', () => {
    const sessions = nextSessions(schedule(), { now: new Date('2025-10-25T00:00:00Z'), count: 3 });
    assert.deepEqual(sessions, [
      '2025-10-29T01:00:00.000Z', // Oct 28, PDT
      '2025-11-05T02:00:00.000Z', // Nov 4, PST after November 2
      '2025-11-12T02:00:00.000Z',
    ]);
  });

  it('keeps Thursdays at 19:00 in Berlin across the March change', () => {
    const sessions = nextSessions(
      schedule({ weekday: 4, startTime: '19:00', timeZone: 'Europe/Berlin' }),
      {
        now: new Date('2025-03-20T00:00:00Z'),
        count: 3,
      },
    );
    assert.deepEqual(sessions, [
      '2025-03-20T18:00:00.000Z', // CET (UTC+1)
      '2025-03-27T18:00:00.000Z',
      '2025-04-03T17:00:00.000Z', // CEST (UTC+2) after March 30
    ]);
  });

  it('moves a time inside the spring-forward gap one hour later, like the clocks', () => {
    const sessions = nextSessions(schedule({ weekday: 0, startTime: '02:30' }), {
      now: new Date('2025-03-01T00:00:00Z'),
      count: 3,
    });
    assert.deepEqual(
      sessions.map((session) => wallTime(session, 'America/Los_Angeles')),
      ['2025-03-02 02:30', '2025-03-09 03:30', '2025-03-16 02:30'],
    );
  });

  it('uses the first of the two 01:30s on the night clocks fall back', () => {
    const instant = zonedWallTimeToUtc(
      Date.UTC(2025, 10, 2) / 86_400_000,
      1,
      30,
      'America/Los_Angeles',
    );
    assert.equal(new Date(instant).toISOString(), '2025-11-02T08:30:00.000Z'); // 01:30 PDT
  });

  it('includes a session later today and skips one that already started', () => {
    // 17:00 UTC is 09:00 in Los Angeles on Tuesday 2025-03-04.
    const now = new Date('2025-03-04T17:00:00Z');
    assert.equal(nextSessions(schedule(), { now, count: 1 })[0], '2025-03-05T02:00:00.000Z');
    const morning = nextSessions(schedule({ startTime: '08:00' }), { now, count: 1 });
    assert.equal(morning[0], '2025-03-11T15:00:00.000Z');
  });

  it('meets every other week, anchored to the start date', () => {
    const sessions = nextSessions(schedule({ frequency: 'biweekly', weekday: 3 }), {
      now: new Date('2025-03-20T00:00:00Z'),
      count: 3,
      startsOn: '2025-03-05',
    });
    assert.deepEqual(
      sessions.map((session) => wallTime(session, 'America/Los_Angeles')),
      ['2025-03-19 18:00', '2025-04-02 18:00', '2025-04-16 18:00'],
    );
  });

  it('keeps the same biweekly weeks whatever day it is asked', () => {
    const options = { count: 6, anchor: '2024-01-04' };
    const thursday = schedule({ frequency: 'biweekly', weekday: 4 });
    const early = nextSessions(thursday, { ...options, now: new Date('2025-05-01T00:00:00Z') });
    const later = nextSessions(thursday, { ...options, now: new Date('2025-05-10T00:00:00Z') });
    assert.deepEqual(later.slice(0, 4), early.slice(1, 5));
  });

  it('meets on the same nth weekday each month', () => {
    // 2024-01-09 was the second Tuesday of January.
    const sessions = nextSessions(schedule({ frequency: 'monthly', startTime: '13:00' }), {
      now: new Date('2025-03-01T00:00:00Z'),
      count: 4,
      anchor: '2024-01-09',
    });
    assert.deepEqual(
      sessions.map((session) => wallTime(session, 'America/Los_Angeles')),
      ['2025-03-11 13:00', '2025-04-08 13:00', '2025-05-13 13:00', '2025-06-10 13:00'],
    );
  });

  it('uses the last weekday in months without a fifth one', () => {
    // 2025-01-29 is the fifth Wednesday of January.
    const sessions = nextSessions(schedule({ frequency: 'monthly', weekday: 3 }), {
      now: new Date('2025-01-01T00:00:00Z'),
      count: 3,
      startsOn: '2025-01-29',
    });
    assert.deepEqual(
      sessions.map((session) => wallTime(session, 'America/Los_Angeles').slice(0, 10)),
      ['2025-01-29', '2025-02-26', '2025-03-26'],
    );
  });

  it('gives a cohort only its own sessions, from the start date', () => {
    const cohort = { startsOn: '2025-03-04', sessionCount: 3 };
    const before = nextSessions(schedule(), {
      ...cohort,
      now: new Date('2025-01-01T00:00:00Z'),
      count: 10,
    });
    assert.deepEqual(
      before.map((session) => wallTime(session, 'America/Los_Angeles').slice(0, 10)),
      ['2025-03-04', '2025-03-11', '2025-03-18'],
    );
    const during = nextSessions(schedule(), { ...cohort, now: new Date('2025-03-12T12:00:00Z') });
    assert.equal(during.length, 1);
    const ended = nextSessions(schedule(), { ...cohort, now: new Date('2025-03-20T00:00:00Z') });
    assert.deepEqual(ended, []);
  });

  it('starts a cohort on the first meeting day on or after its start date', () => {
    const [first] = nextSessions(schedule(), {
      now: new Date('2025-01-01T00:00:00Z'),
      startsOn: '2025-03-01', // a Saturday; the group meets on Tuesdays
      sessionCount: 4,
    });
    assert.equal(wallTime(first!, 'America/Los_Angeles'), '2025-03-04 18:00');
  });

  it('returns four sessions by default', () => {
    assert.equal(nextSessions(schedule(), { now: new Date('2025-03-01T00:00:00Z') }).length, 4);
  });
});

describe('localDate', () => {
  it('gives the date in the zone, not in UTC', () => {
    assert.equal(localDate(new Date('2025-03-05T03:00:00Z'), 'America/Los_Angeles'), '2025-03-04');
    assert.equal(localDate(new Date('2025-03-04T23:30:00Z'), 'Europe/Berlin'), '2025-03-05');
  });
});
