// Groups, their topics and the seats their sign-ups hold: the only code with SQL for groups.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  Enrollment,
  Facilitator,
  Fee,
  Frequency,
  Group,
  GroupFilters,
  GroupFormat,
  GroupKind,
  GroupStatus,
  Location,
  Screening,
  Weekday,
} from '../../../src/api/contract/public.js';
import type { StaffGroup } from '../../../src/api/contract/staff.js';
import { lockPractice } from '../db/lock.js';
import { linkedToAnyTopic } from '../db/topic-links.js';
import type { Database, GroupTable } from '../db/schema.js';
import { SEAT_HOLDING_STATUSES, SIGNUP_STATUSES, type SignupStatus } from '../signups/workflow.js';
import type { GroupCursor, GroupPaging } from './paging.js';
import { DEFAULT_SESSION_COUNT, nextSessions } from './recurrence.js';

/** A group as stored: everything but what the server computes (dates, seats, status). */
export type GroupInput = Omit<Group, 'nextSessions' | 'seatsLeft' | 'status'> & {
  /** Fixes biweekly weeks / the monthly nth weekday of an ongoing group (`YYYY-MM-DD`). */
  recurrenceAnchor?: string;
  /** People enrolled outside Hearth (by phone, from an earlier cycle); they take seats. */
  externalEnrolled?: number;
  /** The practice is not taking requests for this group (status `closed`). */
  closed?: boolean;
};

/** At or below this many seats left (and above zero) a group shows `few_seats`. */
export const FEW_SEATS_AT_MOST = 2;

export interface GroupQueryOptions {
  /** How many upcoming sessions to compute per group. */
  sessions?: number;
}

export interface GroupRepository {
  listGroups(filters?: GroupFilters, options?: GroupQueryOptions): Promise<Group[]>;
  /** One page of `listGroups`, in the same order; `next` names its last group when more follow. */
  listGroupPage(
    filters: GroupFilters,
    paging: GroupPaging,
  ): Promise<{ items: Group[]; next?: GroupCursor }>;
  getGroup(id: string, options?: GroupQueryOptions): Promise<Group | undefined>;
  /**
   * What a sign-up for this group must know before its transaction: undefined when there is no
   * such group (or it is archived), else whether it asks visitors to confirm their age.
   */
  signupRules(groupId: string): Promise<{ ageRange: boolean } | undefined>;
  /** Every group, archived ones too, with what staff need to keep it current. */
  listStaffGroups(): Promise<StaffGroup[]>;
  getStaffGroup(id: string): Promise<StaffGroup | undefined>;
  /** Adds a group at the end of the list; false when the id is taken. */
  createGroup(group: GroupInput, now: Date): Promise<boolean>;
  /** Replaces a group's settings (not its id or place); false when there is no such group. */
  updateGroup(id: string, group: GroupInput, now: Date): Promise<boolean>;
  /** The internal date that fixes an ongoing group's weeks, kept across edits. */
  groupRecurrenceAnchor(id: string): Promise<string | undefined>;
  /** Archives (hides from visitors, keeps its sign-ups) or restores a group. */
  setGroupArchived(id: string, archived: boolean, now: Date): Promise<boolean>;
}

interface GroupDetails {
  audience: string;
  ageMin?: number;
  ageMax?: number;
  language: string;
  location?: Location;
  facilitators: Facilitator[];
  fee: Fee;
  screening: Screening;
}

type GroupRow = Selectable<GroupTable> & { seats_taken: number | string | null };

/** `now` is the clock for computing next sessions; injectable so tests are not tied to today. */
export function createGroupRepository(db: Kysely<Database>, now: () => Date): GroupRepository {
  /** One group's row, for reading a column or two of it. */
  const groupById = (id: string) => db.selectFrom('groups').where('id', '=', id);

  /** Groups with the number of seats their sign-ups hold, computed in the same query. */
  const selectGroups = () =>
    db
      .selectFrom('groups')
      .selectAll('groups')
      .select((eb) =>
        eb
          .selectFrom('signups')
          .select(eb.fn.countAll<number>().as('taken'))
          .whereRef('signups.group_id', '=', 'groups.id')
          .where('signups.status', 'in', SEAT_HOLDING_STATUSES)
          .as('seats_taken'),
      );

  /** Listed groups in a stable order (position, name, id); one more than `limit` when given. */
  const groupRows = (filters: GroupFilters, { limit, after }: GroupPaging) => {
    let query = selectGroups().where('archived', '=', 0);
    if (after) {
      query = query.where(
        sql<boolean>`(${sql.ref('groups.position')}, ${sql.ref('groups.name')}, ${sql.ref('groups.id')}) > (${after.position}, ${after.name}, ${after.id})`,
      );
    }
    if (filters.format?.length) query = query.where('format', 'in', filters.format);
    if (filters.day?.length) query = query.where('weekday', 'in', filters.day);
    if (filters.topic?.length) query = query.where(linkedToAnyTopic('groups', filters.topic));
    if (filters.q) {
      const pattern = `%${escapeLike(normalizeForSearch(filters.q))}%`;
      query = query.where(sql<boolean>`${sql.ref('search_text')} like ${pattern} escape '\\'`);
    }
    query = query.orderBy('position').orderBy('name').orderBy('id');
    return (limit === undefined ? query : query.limit(limit + 1)).execute();
  };

  const toGroups = async (rows: GroupRow[], options: GroupQueryOptions): Promise<Group[]> => {
    if (rows.length === 0) return [];
    const topicRows = await db
      .selectFrom('group_topics')
      .select(['group_id', 'topic_id'])
      .where(
        'group_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('position')
      .execute();
    const topicsByGroup = new Map<string, string[]>();
    for (const { group_id, topic_id } of topicRows) {
      topicsByGroup.set(group_id, [...(topicsByGroup.get(group_id) ?? []), topic_id]);
    }
    const at = now();
    return rows.map((row) => rowToGroup(row, topicsByGroup.get(row.id) ?? [], at, options));
  };

  const toStaffGroups = async (rows: GroupRow[]): Promise<StaffGroup[]> => {
    if (rows.length === 0) return [];
    const groups = await toGroups(rows, {});
    const counts = await db
      .selectFrom('signups')
      .select(({ fn }) => ['group_id', 'status', fn.countAll<number>().as('count')])
      .where(
        'group_id',
        'in',
        rows.map((row) => row.id),
      )
      .groupBy(['group_id', 'status'])
      .execute();
    return rows.map((row, index) => {
      const signups = Object.fromEntries(SIGNUP_STATUSES.map((status) => [status, 0])) as Record<
        SignupStatus,
        number
      >;
      for (const count of counts.filter((entry) => entry.group_id === row.id)) {
        signups[count.status as SignupStatus] = Number(count.count);
      }
      const held = Number(row.seats_taken ?? 0);
      const used = held + row.external_enrolled;
      return {
        group: groups[index]!,
        archived: row.archived === 1,
        closed: row.status === 'closed',
        externalEnrolled: row.external_enrolled,
        seats: {
          capacity: row.capacity,
          externalEnrolled: row.external_enrolled,
          held,
          left: Math.max(0, row.capacity - used),
          over: Math.max(0, used - row.capacity),
        },
        signups,
      };
    });
  };

  return {
    async listGroups(filters = {}, options = {}) {
      const rows = await groupRows(filters, {});
      return toGroups(rows, options);
    },

    async listGroupPage(filters, paging) {
      const rows = await groupRows(filters, paging);
      const more = paging.limit !== undefined && rows.length > paging.limit;
      if (more) rows.length = paging.limit!;
      const last = rows.at(-1);
      const items = await toGroups(rows, {});
      return {
        items,
        ...(more && last && { next: { position: last.position, name: last.name, id: last.id } }),
      };
    },

    async getGroup(id, options = {}) {
      const row = await selectGroups()
        .where('id', '=', id)
        .where('archived', '=', 0)
        .executeTakeFirst();
      if (!row) return undefined;
      const [group] = await toGroups([row], options);
      return group;
    },

    async signupRules(groupId) {
      // Only the column that holds the age range: a whole group costs three queries.
      const row = await groupById(groupId)
        .select('details')
        .where('archived', '=', 0)
        .executeTakeFirst();
      if (!row) return undefined;
      const { ageMin, ageMax } = JSON.parse(row.details) as GroupDetails;
      return { ageRange: ageMin !== undefined || ageMax !== undefined };
    },

    async listStaffGroups() {
      const rows = await selectGroups()
        .orderBy('archived')
        .orderBy('position')
        .orderBy('name')
        .execute();
      return toStaffGroups(rows);
    },

    async getStaffGroup(id) {
      const row = await selectGroups().where('id', '=', id).executeTakeFirst();
      return row ? (await toStaffGroups([row]))[0] : undefined;
    },

    async createGroup(group, at) {
      return db.transaction().execute(async (trx) => {
        // The practice first (its topics stay while this group names them), then the id.
        await lockPractice(trx);
        const taken = await trx
          .selectFrom('groups')
          .select('id')
          .where('id', '=', group.id)
          .executeTakeFirst();
        if (taken) return false;
        const last = await trx
          .selectFrom('groups')
          .select(({ fn }) => fn.max('position').as('position'))
          .executeTakeFirst();
        await insertGroup(trx, group, Number(last?.position ?? -1) + 1, at);
        return true;
      });
    },

    async updateGroup(id, group, at) {
      return db.transaction().execute(async (trx) => {
        await lockPractice(trx);
        const result = await trx
          .updateTable('groups')
          .set(groupColumns(group, at))
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return false;
        await writeGroupTopics(trx, id, group.topics);
        return true;
      });
    },

    async groupRecurrenceAnchor(id) {
      const row = await groupById(id).select('recurrence_anchor').executeTakeFirst();
      return row?.recurrence_anchor ?? undefined;
    },

    async setGroupArchived(id, archived, at) {
      const result = await db
        .updateTable('groups')
        .set({ archived: archived ? 1 : 0, updated_at: at.toISOString() })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

/** Lower-case without diacritics, so "Duelo" matches "duelo" and "Café" matches "cafe". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function groupStatus(closed: boolean, seatsLeft: number): GroupStatus {
  if (closed) return 'closed';
  if (seatsLeft === 0) return 'waitlist';
  return seatsLeft <= FEW_SEATS_AT_MOST ? 'few_seats' : 'open';
}

/** Adds a group at `position`, in the caller's transaction (a new group, or a whole import). */
export async function insertGroup(
  trx: Transaction<Database>,
  group: GroupInput,
  position: number,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('groups')
    .values({ id: group.id, position, created_at: now.toISOString(), ...groupColumns(group, now) })
    .execute();
  await writeGroupTopics(trx, group.id, group.topics);
}

function rowToGroup(row: GroupRow, topics: string[], now: Date, options: GroupQueryOptions): Group {
  const details = JSON.parse(row.details) as GroupDetails;
  const schedule = {
    frequency: row.frequency as Frequency,
    weekday: row.weekday as Weekday,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    timeZone: row.time_zone,
  };
  const startsOn = row.starts_on ?? undefined;
  const sessionCount = row.session_count ?? undefined;
  const seatsLeft = seatsLeftOf(row);
  // Built field by field, in the contract's order, so no internal column leaks into the API.
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    description: row.description,
    topics,
    audience: details.audience,
    ...(details.ageMin !== undefined && { ageMin: details.ageMin }),
    ...(details.ageMax !== undefined && { ageMax: details.ageMax }),
    language: details.language,
    kind: row.kind as GroupKind,
    format: row.format as GroupFormat,
    ...(details.location && { location: details.location }),
    schedule,
    enrollment: row.enrollment as Enrollment,
    ...(startsOn !== undefined && { startsOn }),
    ...(sessionCount !== undefined && { sessionCount }),
    nextSessions: nextSessions(schedule, {
      now,
      count: options.sessions ?? DEFAULT_SESSION_COUNT,
      startsOn,
      sessionCount,
      anchor: row.recurrence_anchor ?? undefined,
    }),
    facilitators: details.facilitators,
    fee: details.fee,
    capacity: row.capacity,
    seatsLeft,
    status: groupStatus(row.status === 'closed', seatsLeft),
    screening: details.screening,
  };
}

/** Seats are never stored: capacity minus outside enrolments minus sign-ups holding a seat. */
function seatsLeftOf(row: GroupRow): number {
  return Math.max(0, row.capacity - row.external_enrolled - Number(row.seats_taken ?? 0));
}

/** The columns of a group as stored (everything but id, position and creation time). */
function groupColumns(group: GroupInput, now: Date) {
  const details: GroupDetails = {
    audience: group.audience,
    ageMin: group.ageMin,
    ageMax: group.ageMax,
    language: group.language,
    location: group.location,
    facilitators: group.facilitators,
    fee: group.fee,
    screening: group.screening,
  };
  return {
    name: group.name,
    summary: group.summary,
    description: group.description,
    search_text: normalizeForSearch([group.name, group.summary, group.description].join('\n')),
    kind: group.kind,
    format: group.format,
    frequency: group.schedule.frequency,
    weekday: group.schedule.weekday,
    start_time: group.schedule.startTime,
    duration_minutes: group.schedule.durationMinutes,
    time_zone: group.schedule.timeZone,
    enrollment: group.enrollment,
    starts_on: group.startsOn ?? null,
    session_count: group.sessionCount ?? null,
    recurrence_anchor: group.recurrenceAnchor ?? null,
    capacity: group.capacity,
    external_enrolled: group.externalEnrolled ?? 0,
    status: group.closed ? 'closed' : 'open',
    details: JSON.stringify(details),
    updated_at: now.toISOString(),
  };
}

async function writeGroupTopics(
  trx: Transaction<Database>,
  groupId: string,
  topics: string[],
): Promise<void> {
  await trx.deleteFrom('group_topics').where('group_id', '=', groupId).execute();
  for (const [topicPosition, topicId] of topics.entries()) {
    await trx
      .insertInto('group_topics')
      .values({ group_id: groupId, topic_id: topicId, position: topicPosition })
      .execute();
  }
}

/** Escapes LIKE wildcards so a search for "100%" means the characters, not a pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
