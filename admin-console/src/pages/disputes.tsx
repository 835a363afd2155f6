import { useState } from 'preact/hooks';
import { api, must } from '../api';
import { Empty, LoadState, Page, Section, StatusBadge, Table, useLoad } from '../components';
import { dateTime, money } from '../format';

type Filter = 'needs_response' | 'under_review' | 'all';

/** Disputes by evidence due date, soonest first (open ones by default). */
export function Disputes() {
  const [filter, setFilter] = useState<Filter>('needs_response');
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const disputes = useLoad(
    () =>
      api
        .GET('/api/v1/disputes', {
          params: { query: { sort: 'dueBy', limit: 50, ...(filter === 'all' ? {} : { status: filter }), ...(cursor ? { cursor } : {}) } },
        })
        .then(must),
    [filter, cursor],
  );
  const now = Date.now();
  return (
    <Page title="Disputes">
      <div class="toolbar">
        <label>
          Status{' '}
          <select
            value={filter}
            onChange={(event) => {
              setCursor(undefined);
              setFilter(event.currentTarget.value as Filter);
            }}
          >
            <option value="needs_response">Needs response</option>
            <option value="under_review">Under review</option>
            <option value="all">All with a due date</option>
          </select>
        </label>
      </div>
      <Section title="Evidence due, soonest first">
        <LoadState loaded={disputes}>
          {(page) => (
            <>
              <Table label="Disputes" head={['Evidence due', 'Status', 'Order', 'Amount', 'Reason', 'Opened']}>
                {page.data.length === 0 ? <Empty columns={6} text="No dispute." /> : null}
                {page.data.map((dispute) => {
                  const due = dispute.evidenceDueBy ? Date.parse(dispute.evidenceDueBy) : null;
                  const soon = due !== null && due - now < 3 * 86_400_000;
                  return (
                    <tr key={dispute.id}>
                      <td class={soon ? 'urgent' : ''}>
                        {dateTime(dispute.evidenceDueBy)}
                        {soon ? ' (soon)' : ''}
                      </td>
                      <td>
                        <StatusBadge status={dispute.status} />
                      </td>
                      <td>
                        <a href={`#/orders/${dispute.orderId}`} class="mono">
                          {dispute.orderId.slice(0, 8)}
                        </a>
                      </td>
                      <td>{money(dispute.amount, dispute.currency)}</td>
                      <td>{dispute.reason}</td>
                      <td>{dateTime(dispute.openedAt)}</td>
                    </tr>
                  );
                })}
              </Table>
              <div class="pager">
                {page.nextCursor ? (
                  <button type="button" class="link" onClick={() => setCursor(page.nextCursor ?? undefined)}>
                    Next page
                  </button>
                ) : null}
              </div>
            </>
          )}
        </LoadState>
      </Section>
    </Page>
  );
}
