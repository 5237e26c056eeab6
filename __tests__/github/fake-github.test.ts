// The fake must be able to say no: otherwise "no invalid requests" would prove nothing.
import { FakeGitHub } from './fake-github.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await FakeGitHub.start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const post = (path: string, body: unknown) =>
  fetch(`${fake.url}${path}`, { method: 'POST', body: JSON.stringify(body) });

test('a request that matches GitHub’s description is recorded without problems', async () => {
  fake.on('checks/create', () => ({ status: 201, body: { id: 1 } }));
  const res = await post('/repos/o/r/check-runs', {
    name: 'migration-gate',
    head_sha: 'abc',
    status: 'in_progress',
    output: { title: 't', summary: 's' }
  });
  expect(res.status).toBe(201);
  expect(fake.requests.map((r) => [r.operationId, r.problems])).toEqual([['checks/create', []]]);
});

test('a body against the schema, an unknown path and an undeclared query parameter are problems', async () => {
  await post('/repos/o/r/check-runs', {
    name: 'x',
    head_sha: 'abc',
    status: 'bogus',
    output: { title: 't' }
  });
  await post('/repos/o/r/no-such-endpoint', {});
  await fetch(`${fake.url}/repos/o/r/pulls/1/files?per_page=100&bogus=1`);
  const [body, path, query] = fake.requests;
  expect(body!.problems).toEqual(
    expect.arrayContaining([
      'body/status must be equal to one of the allowed values',
      "body/output must have required property 'summary'"
    ])
  );
  expect(path!.problems).toEqual([
    "no operation POST /repos/o/r/no-such-endpoint in GitHub's OpenAPI description"
  ]);
  expect(query!.problems).toEqual(["query parameter 'bogus' is not declared for pulls/list-files"]);
});
