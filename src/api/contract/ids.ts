/**
 * The patterns of the ids the API carries in paths, queries and bodies: the reference server
 * refuses any other, its OpenAPI document publishes them (`PATTERN.source`), and the staff
 * console checks the ids it makes against them.
 */

/** A group's id: letters, digits, `_` and `-`, 1 to 64 of them. */
export const GROUP_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A story's id: the same characters as a group's. */
export const STORY_ID = GROUP_ID;
/** A topic's id: lower-case letters, digits and hyphens, not starting with a hyphen. */
export const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
