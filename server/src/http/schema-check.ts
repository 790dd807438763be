// A small JSON Schema checker for the subset the OpenAPI document uses, so staff requests are
// checked against the very schemas the document publishes (one source, no drift). Errors are
// keyed by the field's path (`schedule.startTime`, `facilitators.0.name`), each in words and as a
// code (`STAFF_FIELD_ERRORS`) for clients that word it in their own language.
import type { StaffFieldError } from '../../../src/api/contract/staff.js';

export type Schema = Record<string, unknown>;

export interface SchemaContext {
  /** `#/components/schemas/<name>` resolves here. */
  schemas: Record<string, unknown>;
}

const REF = '#/components/schemas/';

export interface SchemaErrors {
  fields: Record<string, string>;
  codes: Record<string, StaffFieldError>;
}

export function checkSchema(value: unknown, schema: Schema, context: SchemaContext): SchemaErrors {
  const errors: SchemaErrors = { fields: {}, codes: {} };
  visit(value, schema, '', errors, context);
  return errors;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function visit(
  value: unknown,
  schema: Schema,
  path: string,
  errors: SchemaErrors,
  context: SchemaContext,
): void {
  const key = path || 'body';
  if (errors.fields[key]) return;
  const fail = (message: string, code: StaffFieldError = 'invalid') => {
    errors.fields[key] = message;
    errors.codes[key] = code;
  };
  if (typeof schema.$ref === 'string') {
    const target = context.schemas[schema.$ref.slice(REF.length)];
    if (target) visit(value, target as Schema, path, errors, context);
    return;
  }
  if ('const' in schema && value !== schema.const)
    return fail(`Must be ${JSON.stringify(schema.const)}.`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    return fail(`Must be one of: ${schema.enum.join(', ')}.`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const actual = typeOf(value);
    const ok = types.some((type) => type === actual || (type === 'number' && actual === 'integer'));
    if (!ok) return fail(`Must be ${types.map(article).join(' or ')}.`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.trim().length < schema.minLength) {
      return fail(
        schema.minLength === 1 ? 'Required.' : `At least ${schema.minLength} characters.`,
        schema.minLength === 1 ? 'required' : 'too_short',
      );
    }
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
      return fail(`At most ${schema.maxLength} characters.`, 'too_long');
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      return fail('Not in the expected format.', 'format');
    }
    if (schema.format === 'uri' && !isUrl(value))
      return fail('Must be a full address (https://…).', 'url');
    if (schema.format === 'email' && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value)) {
      return fail('Must be an e-mail address.', 'email');
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) {
      return fail(`Must be at least ${schema.minimum}.`, 'too_small');
    }
    if (typeof schema.maximum === 'number' && value > schema.maximum) {
      return fail(`Must be at most ${schema.maximum}.`, 'too_large');
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      return fail(`Needs at least ${schema.minItems}.`, 'too_few');
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      return fail(`At most ${schema.maxItems}.`, 'too_many');
    }
    if (schema.items) {
      value.forEach((item, index) =>
        visit(item, schema.items as Schema, join(path, String(index)), errors, context),
      );
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[]) {
      if (object[name] === undefined) {
        errors.fields[join(path, name)] = 'Required.';
        errors.codes[join(path, name)] = 'required';
      }
    }
    for (const [name, inner] of Object.entries(object)) {
      if (inner === undefined) continue;
      const property = properties[name];
      if (property) visit(inner, property, join(path, name), errors, context);
      else if (schema.additionalProperties === false) {
        errors.fields[join(path, name)] = 'Unknown field.';
        errors.codes[join(path, name)] = 'invalid';
      } else if (typeof schema.additionalProperties === 'object') {
        visit(inner, schema.additionalProperties as Schema, join(path, name), errors, context);
      }
    }
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function article(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
  };
  return words[type] ?? type;
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}
