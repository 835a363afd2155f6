import { useMemo, useState } from 'preact/hooks';
import { api, must } from '../api';
import { DailyChart, LoadState, Page, Section, Table, useLoad } from '../components';
import { day, money } from '../format';

const PERIODS = [7, 30, 90];

/** Orders, revenue, refunds and disputes per day (GET /api/v1/stats), as charts and as a table. */
export function Dashboard() {
  const [days, setDays] = useState(30);
  const to = day(new Date());
  const from = day(new Date(Date.now() - (days - 1) * 86_400_000));
  const stats = useLoad(() => api.GET('/api/v1/stats', { params: { query: { from, to, interval: 'day' } } }).then(must), [from, to]);
  return (
    <Page title="Dashboard">
      <div class="toolbar" role="group" aria-label="Period">
        {PERIODS.map((n) => (
          <button key={n} type="button" class={n === days ? '' : 'secondary'} aria-pressed={n === days} onClick={() => setDays(n)}>
            Last {n} days
          </button>
        ))}
      </div>
      <LoadState loaded={stats}>{(data) => <Figures data={data.data} />}</LoadState>
    </Page>
  );
}

type Daily = { date: string; orders: number; paidOrders: number; revenue: { currency: string; amount: number }[]; refunds: number; refundedAmount: { currency: string; amount: number }[]; disputes: number };

const COLORS = ['#1f6feb', '#b35900', '#1a7f37', '#8250df', '#cf222e'];

function Figures({ data }: { data: Daily[] }) {
  const dates = useMemo(() => data.map((d) => d.date), [data]);
  const currencies = useMemo(() => [...new Set(data.flatMap((d) => d.revenue.map((r) => r.currency)))].sort(), [data]);
  const counts = useMemo(
    () => [
      { label: 'Orders', values: data.map((d) => d.orders), color: COLORS[0]! },
      { label: 'Paid orders', values: data.map((d) => d.paidOrders), color: COLORS[2]! },
    ],
    [data],
  );
  const revenue = useMemo(
    () => currencies.map((currency, i) => ({ label: `Revenue ${currency}`, values: data.map((d) => (d.revenue.find((r) => r.currency === currency)?.amount ?? 0) / 100), color: COLORS[i % COLORS.length]! })),
    [data, currencies],
  );
  const refundsAndDisputes = useMemo(
    () => [
      { label: 'Refunds', values: data.map((d) => d.refunds), color: COLORS[1]! },
      { label: 'Disputes', values: data.map((d) => d.disputes), color: COLORS[4]! },
    ],
    [data],
  );
  const totals = {
    orders: data.reduce((n, d) => n + d.orders, 0),
    paid: data.reduce((n, d) => n + d.paidOrders, 0),
    refunds: data.reduce((n, d) => n + d.refunds, 0),
    disputes: data.reduce((n, d) => n + d.disputes, 0),
  };
  const sum = (pick: (d: Daily) => { currency: string; amount: number }[]) =>
    currencies.map((currency) => money(data.reduce((n, d) => n + (pick(d).find((r) => r.currency === currency)?.amount ?? 0), 0), currency)).join(', ') || '—';
  return (
    <>
      <div class="tiles">
        <div class="tile"><span>Orders</span><strong>{totals.orders}</strong></div>
        <div class="tile"><span>Paid orders</span><strong>{totals.paid}</strong></div>
        <div class="tile"><span>Revenue</span><strong>{sum((d) => d.revenue)}</strong></div>
        <div class="tile"><span>Refunds</span><strong>{totals.refunds}</strong><small>{sum((d) => d.refundedAmount)}</small></div>
        <div class="tile"><span>Disputes</span><strong>{totals.disputes}</strong></div>
      </div>
      <div class="charts">
        <DailyChart title="Orders per day" days={dates} series={counts} />
        <DailyChart title="Revenue per day (major units)" days={dates} series={revenue.length ? revenue : [{ label: 'Revenue', values: data.map(() => 0), color: COLORS[0]! }]} />
        <DailyChart title="Refunds and disputes per day" days={dates} series={refundsAndDisputes} />
      </div>
      <Section title="Per day">
        <Table label="Figures per day" head={['Day', 'Orders', 'Paid', 'Revenue', 'Refunds', 'Refunded', 'Disputes']}>
          {[...data].reverse().map((d) => (
            <tr key={d.date}>
              <td>{d.date}</td>
              <td>{d.orders}</td>
              <td>{d.paidOrders}</td>
              <td>{d.revenue.map((r) => money(r.amount, r.currency)).join(', ') || '—'}</td>
              <td>{d.refunds}</td>
              <td>{d.refundedAmount.map((r) => money(r.amount, r.currency)).join(', ') || '—'}</td>
              <td>{d.disputes}</td>
            </tr>
          ))}
        </Table>
      </Section>
    </>
  );
}
