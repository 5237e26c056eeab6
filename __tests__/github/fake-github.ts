// A fake GitHub REST API on 127.0.0.1 for tests. Every request is matched to an operation of GitHub's
// own OpenAPI description (@octokit/openapi) and checked: the path must exist, query parameters must
// be declared, and the JSON body must satisfy the operation's request schema. Each request is recorded
// with its problems; tests assert there are none, and assert on the bodies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literalSegments: number;
  operationId: string;
  queryParameters: Set<string>;
  bodySchema?: unknown;
  validateBody?: ValidateFunction;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId?: string;
  body: unknown;
  authorization?: string;
  problems: string[];
  /** When the request came (ms since the epoch): to assert on waits. */
  at: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Answer only after this long (a GitHub that hangs); the client may have given up by then. */
  delayMs?: number;
  /** Sent as is instead of `body` (an answer that is not JSON). */
  rawBody?: string;
  /** Send the body a byte at a time, this far apart (a GitHub that trickles). */
  trickleMs?: number;
}

export type DownloadAnswer = 'whole' | 'stall' | 'cut';

/** Answers an operation; `call` counts from 1 for that operation, to script sequences (500, then 201). */
export type Handler = (request: RecordedRequest, call: number) => Reply;

/** OpenAPI 3.0 `nullable: true` is JSON Schema's `type: [t, "null"]`. */
function convertNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(convertNullable);
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.nullable === true && typeof o.type === 'string') o.type = [o.type, 'null'];
  delete o.nullable;
  for (const v of Object.values(o)) convertNullable(v);
}

let cached: { ajv: Ajv; operations: Operation[] } | undefined;

function loadOperations(): { ajv: Ajv; operations: Operation[] } {
  if (cached) return cached;
  const spec = JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')
  );
  convertNullable(spec);
  // GitHub's own formats (e.g. `repo.nwo`) are unknown to Ajv: not checked, and not worth a warning.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, logger: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema({ $id: 'github', components: spec.components });
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries<
    Record<
      string,
      {
        operationId: string;
        parameters?: Array<{ in: string; name: string; $ref?: string }>;
        requestBody?: { content?: Record<string, { schema?: unknown }> };
      }
    >
  >(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op?.operationId) continue;
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      const parameters = (op.parameters ?? []).map((p) =>
        p.$ref ? spec.components.parameters[p.$ref.split('/').pop()!] : p
      );
      const schema = op.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern,
        literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        operationId: op.operationId,
        queryParameters: new Set(
          parameters.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name)
        ),
        ...(schema ? { bodySchema: schema } : {})
      });
    }
  }
  cached = { ajv, operations };
  return cached;
}

/** `#/components/...` inside an operation schema points into the spec registered as `github`. */
function rebase(schema: unknown): unknown {
  return JSON.parse(
    JSON.stringify(schema).replace(/"\$ref":"#\/components\//g, '"$ref":"github#/components/')
  );
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  private readonly handlers = new Map<string, Handler>();
  /** Files served outside the REST API (where GitHub redirects tarball requests). */
  private readonly downloads = new Map<string, { body: Buffer; answer: (call: number) => DownloadAnswer }>();
  private readonly calls = new Map<string, number>();
  private readonly waiting = new Set<NodeJS.Timeout>();
  private server?: Server;
  url = '';

  static async start(): Promise<FakeGitHub> {
    const fake = new FakeGitHub();
    loadOperations();
    fake.server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server!.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  on(operationId: string, handler: Handler): this {
    this.handlers.set(operationId, handler);
    return this;
  }

  /**
   * Serves `body` at `path` (not a REST operation: no OpenAPI check); returns its URL. `answer` says,
   * per call, whether the body is sent whole, or half of it and then the connection stalls or is cut.
   */
  download(path: string, body: Buffer, answer: (call: number) => DownloadAnswer = () => 'whole'): string {
    this.downloads.set(path, { body, answer });
    return `${this.url}${path}`;
  }

  reset(): void {
    this.requests.length = 0;
    this.downloads.clear();
    this.handlers.clear();
    this.calls.clear();
  }

  /** Requests whose method, path, query or body do not match GitHub's description. */
  invalid(): RecordedRequest[] {
    return this.requests.filter((r) => r.problems.length > 0);
  }

  async close(): Promise<void> {
    for (const timer of this.waiting) clearTimeout(timer);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(timer);
        resolve();
      }, ms);
      this.waiting.add(timer);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      problems: [],
      at: Date.now()
    };
    const download = this.downloads.get(url.pathname);
    if (download) {
      this.requests.push({ ...recorded, operationId: 'download' });
      const call = (this.calls.get(url.pathname) ?? 0) + 1;
      this.calls.set(url.pathname, call);
      const answer = download.answer(call);
      const { body } = download;
      res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': String(body.length) });
      if (answer === 'whole') res.end(body);
      else {
        res.write(body.subarray(0, body.length >> 1));
        if (answer === 'cut') res.destroy();
      }
      return;
    }
    try {
      recorded.body = raw ? JSON.parse(raw) : undefined;
    } catch {
      recorded.problems.push('body is not JSON');
    }
    const operation = loadOperations()
      .operations.filter((o) => o.method === recorded.method && o.pattern.test(recorded.path))
      .sort((a, b) => b.literalSegments - a.literalSegments)[0];
    if (!operation)
      recorded.problems.push(
        `no operation ${recorded.method} ${recorded.path} in GitHub's OpenAPI description`
      );
    else {
      recorded.operationId = operation.operationId;
      for (const name of Object.keys(recorded.query)) {
        if (!operation.queryParameters.has(name))
          recorded.problems.push(`query parameter '${name}' is not declared for ${operation.operationId}`);
      }
      if (operation.bodySchema && !operation.validateBody)
        operation.validateBody = loadOperations().ajv.compile(rebase(operation.bodySchema) as object);
      if (operation.validateBody && !operation.validateBody(recorded.body)) {
        recorded.problems.push(
          ...(operation.validateBody.errors ?? []).map((e) => `body${e.instancePath} ${e.message}`)
        );
      }
    }
    this.requests.push(recorded);
    const id = recorded.operationId ?? 'unknown';
    const call = (this.calls.get(id) ?? 0) + 1;
    this.calls.set(id, call);
    const handler = this.handlers.get(id);
    const reply: Reply = handler
      ? handler(recorded, call)
      : { status: 404, body: { message: 'Not Found (no handler in the fake)' } };
    if (reply.delayMs) await this.delay(reply.delayMs);
    if (res.destroyed) return;
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    const text = reply.rawBody ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    if (reply.trickleMs === undefined) return void res.end(text);
    for (const byte of text) {
      if (res.destroyed) return;
      res.write(byte);
      await this.delay(reply.trickleMs);
    }
    res.end();
  }
}

/**
 * A fake GitHub for the whole test file, with GITHUB_API_URL pointing at it (the clients read it):
 * `const fake = useFakeGitHub();` then `fake().on(...)` in the tests.
 */
export function useFakeGitHub(): () => FakeGitHub {
  let fake: FakeGitHub | undefined;
  beforeAll(async () => {
    fake = await FakeGitHub.start();
    process.env.GITHUB_API_URL = fake.url;
  });
  afterAll(async () => {
    delete process.env.GITHUB_API_URL;
    await fake?.close();
  });
  return () => fake!;
}
