// Topics are linked to groups (group_topics) and to stories (story_topics) the same way: one row
// per owner and topic. The one filter both lists share, "linked to any of these topics".
import { sql } from 'kysely';

const TOPIC_LINKS = {
  groups: { table: 'group_topics', owner: 'group_id' },
  stories: { table: 'story_topics', owner: 'story_id' },
} as const;

/** A condition on `groups` or `stories` rows: linked to at least one of `topics` (not empty). */
export function linkedToAnyTopic(owners: keyof typeof TOPIC_LINKS, topics: readonly string[]) {
  const { table, owner } = TOPIC_LINKS[owners];
  const ownerColumn = sql.ref(`${table}.${owner}`);
  return sql<boolean>`exists (select ${ownerColumn} from ${sql.table(table)} where ${ownerColumn} = ${sql.ref(`${owners}.id`)} and ${sql.ref(`${table}.topic_id`)} in (${sql.join(topics)}))`;
}
