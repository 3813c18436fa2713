// The baseline: the same rows from the same fake source, as plain <div>s and no component.
// `mode=first` renders the first page (as the table does); `mode=scroll` builds every row at once
// (not virtualized) and scrolls through them with the same loop.
import { firstPainted, inView, publish, scrollToEnd } from './measure.js';
import { createSource, settings } from './source.js';

const options = settings();
const LABELS = {
  not_contacted: 'Not Contacted',
  sent: 'Sent',
  engaged: 'Engaged',
  replied: 'Replied',
  bounced: 'Bounced / Blocked',
  unsubscribed: 'Unsubscribed',
  completed: 'Completed',
  paused: 'Paused',
};
const time = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** One plain <div> a row: the cells' text, as the table shows it, on one line. */
function renderRow(data) {
  const row = document.createElement('div');
  row.className = 'row';
  row.textContent = [
    [data.lead.first_name, data.lead.last_name].filter(Boolean).join(' '),
    data.lead.email,
    data.lead.company ?? '',
    data.campaign.name,
    LABELS[data.status] ?? data.status,
    data.status_reason ?? '',
    data.last_event_at ? time.format(new Date(data.last_event_at)) : '—',
    `${data.counters.sent} sent, ${data.counters.opened} opened, ${data.counters.clicked} clicked, ${data.counters.replied} replied`,
  ].join(' · ');
  return row;
}

publish(async () => {
  const source = createSource(options);
  const scroller = document.createElement('div');
  scroller.className = 'scroller';

  if (options.mode === 'first') {
    const start = performance.now();
    document.body.append(scroller);
    const page = await source.list({ limit: options.pageSize });
    const rows = document.createDocumentFragment();
    for (const data of page.data) rows.append(renderRow(data));
    scroller.append(rows);
    const painted = await firstPainted(
      () => scroller.firstElementChild,
      () => scroller,
    );
    return { firstRowsMs: painted - start, errors: [] };
  }

  // Every row at once, in one fetch: the build is timed from the data in hand to the painted frame.
  const all = await source.list({ limit: options.total });
  const start = performance.now();
  const rows = document.createDocumentFragment();
  for (const data of all.data) rows.append(renderRow(data));
  scroller.append(rows);
  document.body.append(scroller);
  const painted = await firstPainted(
    () => scroller.firstElementChild,
    () => scroller,
  );
  const buildMs = painted - start;
  const last = scroller.lastElementChild;
  const rowHeight = scroller.firstElementChild?.offsetHeight || 1;
  const scroll = await scrollToEnd({
    scroller,
    step: options.step,
    maxMs: options.maxMs,
    rowsInDom: () => scroller.childElementCount,
    rowsReached: () =>
      Math.min(options.total, Math.ceil((scroller.scrollTop + scroller.clientHeight) / rowHeight)),
    lastRowShown: () => last !== null && inView(last, scroller),
  });
  return { buildMs, errors: [], ...scroll, pages: source.pages, rowCount: scroller.childElementCount + 1 };
});
