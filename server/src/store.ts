import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  Facilitator,
  Fee,
  Frequency,
  Group,
  GroupFilters,
  GroupFormat,
  GroupKind,
  GroupStatus,
  Enrollment,
  Location,
  Practice,
  Screening,
  Story,
  Weekday,
} from '../../src/api/types.js';
import { migrateToLatest, openSqlite } from './db/database.js';
import type { Database, GroupTable } from './db/schema.js';
import { DEFAULT_SESSION_COUNT, nextSessions } from './recurrence.js';

export const STORY_STATUSES = ['pending', 'published', 'rejected'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** A group as stored: everything but the computed session dates. */
export type GroupInput = Omit<Group, 'nextSessions'> & {
  /** Fixes biweekly weeks / the monthly nth weekday of an ongoing group (`YYYY-MM-DD`). */
  recurrenceAnchor?: string;
};

export type StoryInput = Story & {
  status: StoryStatus;
  crisis?: boolean;
  createdAt: string;
};

export interface ImportData {
  practice: Practice;
  groups: GroupInput[];
  stories: StoryInput[];
}

export interface GroupQueryOptions {
  /** How many upcoming sessions to compute per group. */
  sessions?: number;
}

/** The one data-access layer: every read and write of the server goes through it. */
export interface Store {
  getPractice(): Promise<Practice | undefined>;
  listGroups(filters?: GroupFilters, options?: GroupQueryOptions): Promise<Group[]>;
  getGroup(id: string, options?: GroupQueryOptions): Promise<Group | undefined>;
  storyCounts(): Promise<Record<StoryStatus, number>>;
  /** True when no practice has been set up: the seed only runs then. */
  isEmpty(): Promise<boolean>;
  /** Writes a whole practice (settings, topics, groups, stories) in one transaction. */
  importData(data: ImportData): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Directory of the SQLite file, or `':memory:'`. */
  dataDir: string;
  /** The clock used for session dates; injectable so tests are not tied to today. */
  now?: () => Date;
}

/** Opens the database, brings its schema up to date and returns the store. */
export async function openStore({ dataDir, now = () => new Date() }: StoreOptions): Promise<Store> {
  const db = openSqlite(dataDir);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(db, now);
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

type GroupRow = Selectable<GroupTable>;

/** Lower-case without diacritics, so "Duelo" matches "duelo" and "Café" matches "cafe". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
  ) {}

  async getPractice(): Promise<Practice | undefined> {
    const row = await this.db
      .selectFrom('practice')
      .select('settings')
      .where('id', '=', 1)
      .executeTakeFirst();
    if (!row) return undefined;
    const topics = await this.db
      .selectFrom('topics')
      .select(['id', 'label'])
      .orderBy('position')
      .execute();
    const settings = JSON.parse(row.settings) as Omit<Practice, 'topics'>;
    return { ...settings, topics };
  }

  async listGroups(filters: GroupFilters = {}, options: GroupQueryOptions = {}): Promise<Group[]> {
    let query = this.db.selectFrom('groups').selectAll().where('archived', '=', 0);
    if (filters.format?.length) query = query.where('format', 'in', filters.format);
    if (filters.day?.length) query = query.where('weekday', 'in', filters.day);
    const topics = filters.topic;
    if (topics?.length) {
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('group_topics')
            .select('group_topics.group_id')
            .whereRef('group_topics.group_id', '=', 'groups.id')
            .where('group_topics.topic_id', 'in', topics),
        ),
      );
    }
    if (filters.q) {
      const pattern = `%${escapeLike(normalizeForSearch(filters.q))}%`;
      query = query.where(sql<boolean>`${sql.ref('search_text')} like ${pattern} escape '\\'`);
    }
    const rows = await query.orderBy('position').orderBy('name').execute();
    return this.toGroups(rows, options);
  }

  async getGroup(id: string, options: GroupQueryOptions = {}): Promise<Group | undefined> {
    const row = await this.db
      .selectFrom('groups')
      .selectAll()
      .where('id', '=', id)
      .where('archived', '=', 0)
      .executeTakeFirst();
    if (!row) return undefined;
    const [group] = await this.toGroups([row], options);
    return group;
  }

  async storyCounts(): Promise<Record<StoryStatus, number>> {
    const rows = await this.db
      .selectFrom('stories')
      .select(({ fn }) => ['status', fn.countAll<number>().as('count')])
      .groupBy('status')
      .execute();
    const counts: Record<StoryStatus, number> = { pending: 0, published: 0, rejected: 0 };
    for (const row of rows) counts[row.status as StoryStatus] = Number(row.count);
    return counts;
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('practice').select('id').executeTakeFirst();
    return row === undefined;
  }

  async importData(data: ImportData): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await writePractice(trx, data.practice, this.now());
      for (const [position, group] of data.groups.entries()) {
        await insertGroup(trx, group, position, this.now());
      }
      for (const story of data.stories) await insertStory(trx, story);
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  private async toGroups(rows: GroupRow[], options: GroupQueryOptions): Promise<Group[]> {
    if (rows.length === 0) return [];
    const topicRows = await this.db
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
    const now = this.now();
    return rows.map((row) => rowToGroup(row, topicsByGroup.get(row.id) ?? [], now, options));
  }
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
    seatsLeft: row.seats_left,
    status: row.status as GroupStatus,
    screening: details.screening,
  };
}

async function writePractice(
  trx: Transaction<Database>,
  practice: Practice,
  now: Date,
): Promise<void> {
  const { topics, ...settings } = practice;
  await trx.deleteFrom('practice').execute();
  await trx
    .insertInto('practice')
    .values({ id: 1, settings: JSON.stringify(settings), updated_at: now.toISOString() })
    .execute();
  for (const [position, topic] of topics.entries()) {
    await trx
      .insertInto('topics')
      .values({ id: topic.id, label: topic.label, position })
      .onConflict((oc) => oc.column('id').doUpdateSet({ label: topic.label, position }))
      .execute();
  }
}

async function insertGroup(
  trx: Transaction<Database>,
  group: GroupInput,
  position: number,
  now: Date,
): Promise<void> {
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
  const timestamp = now.toISOString();
  await trx
    .insertInto('groups')
    .values({
      id: group.id,
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
      seats_left: group.seatsLeft,
      status: group.status,
      position,
      details: JSON.stringify(details),
      created_at: timestamp,
      updated_at: timestamp,
    })
    .execute();
  for (const [topicPosition, topicId] of group.topics.entries()) {
    await trx
      .insertInto('group_topics')
      .values({ group_id: group.id, topic_id: topicId, position: topicPosition })
      .execute();
  }
}

async function insertStory(trx: Transaction<Database>, story: StoryInput): Promise<void> {
  await trx
    .insertInto('stories')
    .values({
      id: story.id,
      body: story.body,
      status: story.status,
      content_warning: story.contentWarning,
      month: story.month,
      resonance: story.resonance,
      crisis: story.crisis ? 1 : 0,
      created_at: story.createdAt,
      published_at: story.status === 'published' ? story.createdAt : null,
    })
    .execute();
  for (const [position, topicId] of story.topics.entries()) {
    await trx
      .insertInto('story_topics')
      .values({ story_id: story.id, topic_id: topicId, position })
      .execute();
  }
}

/** Escapes LIKE wildcards so a search for "100%" means the characters, not a pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
