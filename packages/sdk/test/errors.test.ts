import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { LeadStatusError } from '../src/index.js';
import { MOCK_URL, mockClient, problem, useMockServer } from './support/msw.js';

const server = useMockServer();

describe('errors', () => {
  it('maps a problem document, with its field errors, to LeadStatusError', async () => {
    const errors = [{ path: 'body.steps.0.delay_hours', message: 'Too small: expected number to be >=0' }];
    server.use(
      http.post(`${MOCK_URL}/v1/campaigns`, () =>
        problem(400, '/problems/validation-error', 'body.steps.0.delay_hours: Too small', errors),
      ),
    );
    const error = await mockClient()
      .campaigns.create({ name: 'Q4', steps: [{ subject: 'Hi', delay_hours: -1 }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadStatusError);
    expect(error).toBeInstanceOf(Error);
    const failure = error as LeadStatusError;
    expect(failure).toMatchObject({
      name: 'LeadStatusError',
      kind: 'http',
      status: 400,
      type: '/problems/validation-error',
      title: 'Problem',
      detail: 'body.steps.0.delay_hours: Too small',
      message: 'body.steps.0.delay_hours: Too small',
    });
    expect(failure.errors).toEqual(errors);
    expect(failure.problem.errors).toEqual(errors);
  });

  it('a problem without field errors has an empty list', async () => {
    server.use(http.get(`${MOCK_URL}/v1/leads/lead_1`, () => problem(404, '/problems/not-found', 'No lead')));
    await expect(mockClient().leads.get('lead_1')).rejects.toMatchObject({ errors: [], status: 404 });
  });

  it('an answer that is not a problem document still becomes a LeadStatusError', async () => {
    server.use(
      http.get(
        `${MOCK_URL}/v1/leads`,
        () =>
          new HttpResponse('<html>Bad gateway</html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const error = await mockClient({ retries: 0 })
      .leads.list()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'http',
      status: 502,
      type: 'about:blank',
      detail: '<html>Bad gateway</html>',
    });
  });

  it('the raw layer returns the problem instead of throwing', async () => {
    server.use(http.get(`${MOCK_URL}/v1/leads/lead_1`, () => problem(404, '/problems/not-found', 'No lead')));
    const { data, error, response } = await mockClient().GET('/v1/leads/{id}', {
      params: { path: { id: 'lead_1' } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ type: '/problems/not-found' });
  });
});
