import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { MOCK_URL, mockClient, useMockServer } from './support/msw.js';

const server = useMockServer();

function row(n: number) {
  return { enrollment_id: `enr_${n}`, status: 'replied' };
}

describe('pagination', () => {
  it('iterate follows next_cursor through every page, keeping the filters', async () => {
    const urls: URL[] = [];
    const pages: Record<string, { data: unknown[]; next_cursor: string | null }> = {
      '': { data: [row(1), row(2)], next_cursor: 'c2' },
      c2: { data: [row(3), row(4)], next_cursor: 'c3' },
      c3: { data: [row(5)], next_cursor: null },
    };
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, ({ request }) => {
        const url = new URL(request.url);
        urls.push(url);
        return HttpResponse.json(pages[url.searchParams.get('cursor') ?? '']);
      }),
    );
    const seen: string[] = [];
    for await (const item of mockClient().leads.iterate({ status: ['engaged', 'replied'], limit: 2 })) {
      seen.push(item.enrollment_id);
    }
    expect(seen).toEqual(['enr_1', 'enr_2', 'enr_3', 'enr_4', 'enr_5']);
    expect(urls.map((u) => u.searchParams.get('cursor'))).toEqual([null, 'c2', 'c3']);
    // Arrays go as `status=a,b`, the form the service documents.
    expect(
      urls.every((u) => u.search.includes('status=engaged,replied') && u.searchParams.get('limit') === '2'),
    ).toBe(true);
  });

  it('fetches a page only when the previous one is used up', async () => {
    let requests = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/dnc`, () => {
        requests++;
        return HttpResponse.json({ data: [{ id: `dnc_${requests}` }], next_cursor: `c${requests}` });
      }),
    );
    for await (const entry of mockClient().dnc.iterate()) {
      if (entry.id === 'dnc_2') break;
    }
    expect(requests).toBe(2);
  });
});
