// Shared by the server tests: a real server on a free port with its own temporary data
// directory, and a fetch that validates every JSON response against the served OpenAPI document.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createLogger, type Logger } from '../src/platform/log.js';
import type { ConfigOverrides } from '../src/platform/config.js';
import { startServer, type RunningServer, type StartOptions } from '../src/server.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface TestServer extends RunningServer {
  /** Log lines written so far, parsed. */
  logs: Record<string, unknown>[];
  /** fetch relative to the server, validating JSON bodies against the OpenAPI document. */
  request(pathAndQuery: string, init?: RequestInit): Promise<CheckedResponse>;
  stop(): Promise<void>;
}

export interface CheckedResponse {
  response: Response;
  status: number;
  headers: Headers;
  /** The parsed body for JSON and problem+json responses, else undefined. */
  body: unknown;
  text: string;
}

/** A fixed clock, so session dates and seed dates are the same on every run. */
export const TEST_NOW = new Date('2025-03-03T17:00:00Z');

export function tempDir(prefix = 'hearth-server-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestServerOptions {
  /** The clock; TEST_NOW by default. */
  now?: () => Date;
}

/** A clock a test can move: `clock.now` goes where a `now` option is wanted. */
export function testClock(start: Date = TEST_NOW) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

export async function startTestServer(
  config: ConfigOverrides = {},
  configureApp?: StartOptions['configureApp'],
  options: TestServerOptions = {},
): Promise<TestServer> {
  const dataDir = tempDir();
  const logs: Record<string, unknown>[] = [];
  const logger: Logger = createLogger({
    level: 'debug',
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const server = await startServer({
    config: { dataDir, logLevel: 'silent', ...config },
    logger,
    now: options.now ?? (() => TEST_NOW),
    configureApp,
  });
  const validator = await openApiValidator(server.url);
  return {
    ...server,
    logs,
    request: async (pathAndQuery, init) => {
      const response = await fetch(new URL(pathAndQuery.replace(/^\//, ''), server.url), init);
      const checked = await readChecked(response);
      validator.check(new URL(response.url).pathname, init?.method ?? 'GET', checked);
      return checked;
    },
    stop: async () => {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function readChecked(response: Response): Promise<CheckedResponse> {
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  const isJson = /^application\/(problem\+)?json\b/.test(contentType);
  return {
    response,
    status: response.status,
    headers: response.headers,
    body: isJson && text ? (JSON.parse(text) as unknown) : undefined,
    text,
  };
}

interface OperationObject {
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
}

/**
 * Validates responses against the document the server serves (not the TS object it was built
 * from), so what clients download is what is tested.
 */
export async function openApiValidator(baseUrl: string) {
  const document = (await (
    await fetch(new URL('v1/openapi.json', baseUrl))
  ).json()) as OpenApiDocument;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The document's top-level keys are not JSON Schema; declaring them lets ajv resolve
  // `#/components/schemas/…` references inside it while staying strict everywhere else.
  for (const keyword of ['openapi', 'info', 'servers', 'paths', 'components', 'tags']) {
    ajv.addKeyword(keyword);
  }
  ajv.addSchema(document, 'openapi.json');
  const compiled = new Map<string, ValidateFunction>();

  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));

  const schemaFor = (template: string, method: string, status: number, mediaType: string) => {
    const pointer = [
      'paths',
      template,
      method,
      'responses',
      String(status),
      'content',
      mediaType,
      'schema',
    ]
      .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
    const key = `openapi.json#/${pointer}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.getSchema(key);
      if (!validate) return undefined;
      compiled.set(key, validate);
    }
    return validate;
  };

  return {
    document,
    ajv,
    schemaFor,
    /** Fails the test when a JSON response has no documented schema or does not match it. */
    check(pathname: string, method: string, checked: CheckedResponse) {
      if (checked.body === undefined) return;
      const mediaType = (checked.headers.get('content-type') ?? '').split(';')[0]!.trim();
      const match = templates.find(({ pattern }) => pattern.test(pathname));
      if (!match) {
        // Routes that tests add for themselves (`/v1/test-…`) are not the API: only their
        // errors are checked. Elsewhere outside the document, any JSON must be a problem.
        if (pathname.startsWith('/v1/test-') && checked.status < 400) return;
        assert.equal(mediaType, 'application/problem+json', `${pathname}: undocumented JSON`);
        const validate = schemaFor('/healthz', 'get', 500, mediaType);
        assert.ok(validate?.(checked.body), `${pathname}: not a valid problem document`);
        return;
      }
      // A method the path does not have (405) is described by the path's other operation.
      const operations = document.paths[match.template] ?? {};
      const documentedMethod = operations[method.toLowerCase()]
        ? method.toLowerCase()
        : (Object.keys(operations)[0] ?? 'get');
      const validate = schemaFor(match.template, documentedMethod, checked.status, mediaType);
      assert.ok(
        validate,
        `${method} ${match.template} ${checked.status} ${mediaType} is not in the OpenAPI document`,
      );
      const valid = validate(checked.body);
      assert.ok(
        valid,
        `${method} ${pathname} ${checked.status} does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}`,
      );
    },
  };
}
