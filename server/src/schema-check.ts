// A small JSON Schema checker for the subset the OpenAPI document uses, so staff requests are
// checked against the very schemas the document publishes (one source, no drift). Errors are
// keyed by the field's path (`schedule.startTime`, `facilitators.0.name`).

export type Schema = Record<string, unknown>;

export interface SchemaContext {
  /** `#/components/schemas/<name>` resolves here. */
  schemas: Record<string, unknown>;
}

const REF = '#/components/schemas/';

export function checkSchema(
  value: unknown,
  schema: Schema,
  context: SchemaContext,
): Record<string, string> {
  const errors: Record<string, string> = {};
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
  errors: Record<string, string>,
  context: SchemaContext,
): void {
  const key = path || 'body';
  if (errors[key]) return;
  const fail = (message: string) => {
    errors[key] = message;
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
      );
    }
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
      return fail(`At most ${schema.maxLength} characters.`);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      return fail('Not in the expected format.');
    }
    if (schema.format === 'uri' && !isUrl(value))
      return fail('Must be a full address (https://…).');
    if (schema.format === 'email' && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value)) {
      return fail('Must be an e-mail address.');
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) {
      return fail(`Must be at least ${schema.minimum}.`);
    }
    if (typeof schema.maximum === 'number' && value > schema.maximum) {
      return fail(`Must be at most ${schema.maximum}.`);
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      return fail(`Needs at least ${schema.minItems}.`);
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      return fail(`At most ${schema.maxItems}.`);
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
      if (object[name] === undefined) errors[join(path, name)] = 'Required.';
    }
    for (const [name, inner] of Object.entries(object)) {
      if (inner === undefined) continue;
      const property = properties[name];
      if (property) visit(inner, property, join(path, name), errors, context);
      else if (schema.additionalProperties === false) errors[join(path, name)] = 'Unknown field.';
      else if (typeof schema.additionalProperties === 'object') {
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
