import { useState } from 'preact/hooks';
import { api, must, type paths } from '../api';
import { Empty, LoadState, Page, Section, StatusBadge, Table, useLoad } from '../components';
import { dateTime, money } from '../format';
import { href, navigate } from '../router';

type OrderQuery = NonNullable<paths['/api/v1/orders']['get']['parameters']['query']>;
type Status = NonNullable<OrderQuery['status']>;
const STATUSES: Status[] = ['PENDING', 'RESERVED', 'CONFIRMED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'CANCELLED', 'EXPIRED'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = ['q', 'userId', 'eventId', 'status', 'from', 'to', 'cursor'] as const;

/** Order search: number or id, buyer, event, status, creation dates; cursor paging. The filters live in the page's hash. */
export function OrderSearch({ query }: { query: URLSearchParams }) {
  const given = Object.fromEntries(FIELDS.map((name) => [name, query.get(name) ?? ''])) as Record<(typeof FIELDS)[number], string>;
  const [form, setForm] = useState(given);
  const q = given.q.trim();
  const orders = useLoad(async () => {
    if (UUID.test(q)) {
      const one = await api.GET('/api/v1/orders/{id}', { params: { path: { id: q } } });
      if (one.response.status === 404) return { data: [], nextCursor: null };
      return { data: [must(one)], nextCursor: null };
    }
    const filters: OrderQuery = {
      limit: 25,
      ...(q ? { orderNumber: q } : {}),
      ...(given.userId ? { userId: given.userId } : {}),
      ...(given.eventId ? { eventId: given.eventId } : {}),
      ...(given.status ? { status: given.status as Status } : {}),
      ...(given.from ? { createdFrom: new Date(`${given.from}T00:00:00Z`).toISOString() } : {}),
      ...(given.to ? { createdTo: new Date(Date.parse(`${given.to}T00:00:00Z`) + 86_400_000).toISOString() } : {}),
      ...(given.cursor ? { cursor: given.cursor } : {}),
    };
    return must(await api.GET('/api/v1/orders', { params: { query: filters } }));
  }, [query.toString()]);
  const set = (name: keyof typeof form) => (event: Event) => setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value });
  const { cursor: _cursor, ...filters } = form;
  return (
    <Page title="Orders">
      <form
        class="card filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate('/orders', filters);
        }}
      >
        <label>
          Order number or id
          <input name="q" value={form.q} onInput={set('q')} placeholder="ORD-000123 or a UUID" />
        </label>
        <label>
          Buyer (user id)
          <input name="userId" value={form.userId} onInput={set('userId')} />
        </label>
        <label>
          Event id
          <input name="eventId" value={form.eventId} onInput={set('eventId')} />
        </label>
        <label>
          Status
          <select name="status" value={form.status} onChange={set('status')}>
            <option value="">Any</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <label>
          Created from
          <input type="date" name="from" value={form.from} onInput={set('from')} />
        </label>
        <label>
          Created to
          <input type="date" name="to" value={form.to} onInput={set('to')} />
        </label>
        <div class="actions">
          <button type="submit">Search</button>
        </div>
      </form>
      <Section title="Results">
        <LoadState loaded={orders}>
          {(page) => (
            <>
              <Table label="Orders found" head={['Number', 'Status', 'Buyer', 'Total', 'Refunded', 'Created']}>
                {page.data.length === 0 ? <Empty columns={6} text="No order matches." /> : null}
                {page.data.map((order) => (
                  <tr key={order.id}>
                    <td>
                      <a href={`#/orders/${order.id}`}>{order.orderNumber}</a>
                    </td>
                    <td>
                      <StatusBadge status={order.status} />
                    </td>
                    <td>{order.userId}</td>
                    <td>{money(order.pricing.total, order.currency)}</td>
                    <td>{money(order.refundedAmount, order.currency)}</td>
                    <td>{dateTime(order.createdAt)}</td>
                  </tr>
                ))}
              </Table>
              <div class="pager">
                {given.cursor ? <a href={href('/orders', filters)}>First page</a> : null}
                {page.nextCursor ? <a href={href('/orders', { ...filters, cursor: page.nextCursor })}>Next page</a> : null}
              </div>
            </>
          )}
        </LoadState>
      </Section>
    </Page>
  );
}
