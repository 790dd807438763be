// The shared story rules (src/api/rules/) the server may import, like the contract.
import {
  STORY_LIMITS,
  type StoryField,
  type StoryFieldError,
} from '../../../src/api/rules/story.js';

// English words for the story schema's error codes; `codes` carries the codes themselves.

/** The English message for one field error of a story submission. */
export function storyMessage(
  field: StoryField,
  code: StoryFieldError,
  maxLength: number = STORY_LIMITS.bodyMax,
): string {
  switch (`${field}:${code}`) {
    case 'body:required':
      return 'Write your story.';
    case 'body:too_short':
      return `Write at least ${STORY_LIMITS.bodyMin} characters.`;
    case 'body:too_long':
      return `Use at most ${maxLength} characters.`;
    case 'topics:too_many':
      return `Choose at most ${STORY_LIMITS.topics} topics.`;
    case 'topics:unknown_topic':
      return 'Choose topics from the practice’s list.';
    case 'contentWarning:too_long':
      return `Keep the content note to ${STORY_LIMITS.contentWarning} characters.`;
    case 'consent:consent':
      return 'Confirm that the practice may review and publish your story without your name.';
  }
  return code === 'required' ? 'This field is required.' : 'This value is not valid.';
}
