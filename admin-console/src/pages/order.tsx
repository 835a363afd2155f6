import { useState } from 'preact/hooks';
import { api, idempotencyKey, isAdmin, must, type paths } from '../api';
import { Empty, LoadState, Page, ProblemView, Section, StatusBadge, Table, useAction, useLoad } from '../components';
import { dateTime, money, parseMinor } from '../format';

type Order = paths['/api/v1/orders/{id}']['get']['responses'][200]['content']['application/json'];
type Change = paths['/api/v1/orders/{id}/changes']['get']['responses'][200]['content']['application/json']['data'][number];
type Refund = paths['/api/v1/orders/{id}/refunds']['get']['responses'][200]['content']['application/json']['data'][number];

/** One order with everything staff need, and its actions: refund, approve/reject a refund in review, cancel. */
export function OrderPage({ id }: { id: string }) {
  const path = { params: { path: { id } } };
  const order = useLoad(() => api.GET('/api/v1/orders/{id}', path).then(must), [id]);
  const timeline = useLoad(() => api.GET('/api/v1/orders/{id}/events', path).then(must), [id]);
  const refunds = useLoad(() => api.GET('/api/v1/orders/{id}/refunds', path).then(must), [id]);
  const disputes = useLoad(() => api.GET('/api/v1/orders/{id}/disputes', path).then(must), [id]);
  const documents = useLoad(() => api.GET('/api/v1/orders/{id}/documents', path).then(must), [id]);
  const changes = useLoad(() => api.GET('/api/v1/orders/{id}/changes', path).then(must), [id]);
  const reloadAll = () => [order, timeline, refunds, disputes, documents, changes].forEach((one) => one.reload());
  return (
    <Page title={order.data ? `Order ${order.data.orderNumber}` : 'Order'}>
      <LoadState loaded={order}>
        {(o) => (
          <>
            <Summary order={o} />
            <div class="columns">
              <Section title="Items">
                <Table label="Items" head={['Ticket type', 'Qty', 'Removed', 'Unit price', 'Discount', 'Tax', 'Total', 'Tickets']}>
                  {o.items.map((item) => (
                    <tr key={item.id}>
                      <td class="mono">{item.ticketTypeId}</td>
                      <td>{item.quantity}</td>
                      <td>{item.removedQuantity}</td>
                      <td>{money(item.unitPrice, o.currency)}</td>
                      <td>{money(item.discount, o.currency)}</td>
                      <td>{money(item.tax, o.currency)}</td>
                      <td>{money(item.total, o.currency)}</td>
                      <td>{item.ticketIds.length}</td>
                    </tr>
                  ))}
                </Table>
              </Section>
              <Section title="Pricing">
                <dl class="pairs">
                  <dt>Subtotal</dt>
                  <dd>{money(o.pricing.subtotal, o.currency)}</dd>
                  <dt>Discount</dt>
                  <dd>
                    {money(o.pricing.discount, o.currency)}
                    {o.promotion ? ` (promo code ${o.promotion.code})` : ''}
                  </dd>
                  <dt>Platform fee</dt>
                  <dd>{money(o.pricing.platformFee, o.currency)}</dd>
                  <dt>Processing fee</dt>
                  <dd>{money(o.pricing.processingFee, o.currency)}</dd>
                  <dt>Change fees</dt>
                  <dd>{money(o.changeFee, o.currency)}</dd>
                  <dt>Tax ({o.pricing.priceMode})</dt>
                  <dd>{money(o.pricing.tax, o.currency)}</dd>
                  <dt>Total</dt>
                  <dd>
                    <strong>{money(o.pricing.total, o.currency)}</strong>
                  </dd>
                  <dt>Refunded</dt>
                  <dd>{money(o.refundedAmount, o.currency)}</dd>
                </dl>
              </Section>
            </div>
            <Section title="Taxes">
              <Table label="Taxes" head={['Jurisdiction', 'Category', 'Rate %', 'Taxable', 'Tax']}>
                {o.taxes.length === 0 ? <Empty columns={5} text="No tax." /> : null}
                {o.taxes.map((tax) => (
                  <tr key={`${tax.jurisdiction}-${tax.category}`}>
                    <td>{tax.jurisdiction}</td>
                    <td>{tax.category}</td>
                    <td>{tax.rate}</td>
                    <td>{money(tax.taxable, o.currency)}</td>
                    <td>{money(tax.tax, o.currency)}</td>
                  </tr>
                ))}
              </Table>
              {o.taxExemption ? <p>Exemption applied: {JSON.stringify(o.taxExemption)}</p> : null}
            </Section>
            <div class="columns">
              <Section title="Payment">
                <dl class="pairs">
                  <dt>Intent</dt>
                  <dd class="mono">{o.payment.intentId ?? '—'}</dd>
                  <dt>Status</dt>
                  <dd>{o.payment.status ?? '—'}</dd>
                  <dt>Refund policy</dt>
                  <dd>{o.refundPolicy ? <a href={`#/policies/${o.refundPolicy.id}`}>version {o.refundPolicy.version}</a> : '—'}</dd>
                  <dt>Refunds locked</dt>
                  <dd>{o.refundLocked ? 'yes (open dispute)' : 'no'}</dd>
                </dl>
              </Section>
              <Section title="Buyer's details">
                <dl class="pairs">
                  <dt>Billing</dt>
                  <dd>{o.billing ? <pre>{JSON.stringify(o.billing, null, 2)}</pre> : '—'}</dd>
                  <dt>Metadata</dt>
                  <dd>
                    <pre>{JSON.stringify(o.metadata, null, 2)}</pre>
                  </dd>
                </dl>
              </Section>
            </div>
            <div class="columns">
              <RefundForm order={o} done={reloadAll} />
              <CancelForm order={o} done={reloadAll} />
            </div>
          </>
        )}
      </LoadState>
      <Section title="Refunds">
        <LoadState loaded={refunds}>{(page) => <RefundTable refunds={page.data} done={reloadAll} />}</LoadState>
      </Section>
      <Section title="Disputes">
        <LoadState loaded={disputes}>
          {(page) => (
            <Table label="Disputes of the order" head={['Status', 'Amount', 'Reason', 'Evidence due', 'Opened']}>
              {page.data.length === 0 ? <Empty columns={5} text="No dispute." /> : null}
              {page.data.map((dispute) => (
                <tr key={dispute.id}>
                  <td>
                    <StatusBadge status={dispute.status} />
                  </td>
                  <td>{money(dispute.amount, dispute.currency)}</td>
                  <td>{dispute.reason}</td>
                  <td>{dateTime(dispute.evidenceDueBy)}</td>
                  <td>{dateTime(dispute.openedAt)}</td>
                </tr>
              ))}
            </Table>
          )}
        </LoadState>
      </Section>
      <Section title="Documents">
        <LoadState loaded={documents}>
          {(page) => (
            <Table label="Invoices and credit notes" head={['Number', 'Type', 'Total', 'Issued']}>
              {page.data.length === 0 ? <Empty columns={4} text="No document." /> : null}
              {page.data.map((document) => (
                <tr key={document.id}>
                  <td>{document.number}</td>
                  <td>{document.type}</td>
                  <td>{money(document.totals.total, document.currency)}</td>
                  <td>{dateTime(document.issuedAt)}</td>
                </tr>
              ))}
            </Table>
          )}
        </LoadState>
      </Section>
      <Section title="Changes">
        <LoadState loaded={changes}>{(page) => <ChangeTable changes={page.data} items={order.data?.items ?? []} />}</LoadState>
      </Section>
      <Section title="Timeline">
        <LoadState loaded={timeline}>
          {(page) => (
            <ol class="timeline">
              {page.data.map((entry) => (
                <li key={entry.id}>
                  <time>{dateTime(entry.createdAt)}</time> <strong>{entry.type}</strong>
                  {entry.toStatus ? ` → ${entry.toStatus}` : ''} <span class="muted">by {[entry.actor.type, entry.actor.role, entry.actor.id].filter(Boolean).join(' ')}</span>
                  {entry.reason ? <div>Reason: {entry.reason}</div> : null}
                </li>
              ))}
            </ol>
          )}
        </LoadState>
      </Section>
    </Page>
  );
}

function Summary({ order }: { order: Order }) {
  return (
    <Section title="Summary">
      <dl class="pairs">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={order.status} />
        </dd>
        <dt>Id</dt>
        <dd class="mono">{order.id}</dd>
        <dt>Buyer</dt>
        <dd>
          <a href={`#/orders?userId=${encodeURIComponent(order.userId)}`}>{order.userId}</a>
        </dd>
        <dt>Event</dt>
        <dd>
          <a href={`#/orders?eventId=${encodeURIComponent(order.eventId)}`} class="mono">
            {order.eventId}
          </a>
        </dd>
        <dt>Version</dt>
        <dd>{order.version === 1 ? '1 (as bought)' : `${order.version} (${order.version - 1} change${order.version === 2 ? '' : 's'} applied)`}</dd>
        <dt>Created</dt>
        <dd>{dateTime(order.createdAt)}</dd>
        <dt>Confirmed</dt>
        <dd>{dateTime(order.confirmedAt)}</dd>
        {order.cancelReason ? (
          <>
            <dt>Cancel reason</dt>
            <dd>{order.cancelReason}</dd>
          </>
        ) : null}
      </dl>
    </Section>
  );
}

function RefundForm({ order, done }: { order: Order; done: () => void }) {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);
  const action = useAction(() => {
    setAmount('');
    setReason('');
    done();
  });
  const eligibility = useLoad(() => api.GET('/api/v1/orders/{id}/refund-eligibility', { params: { path: { id: order.id } } }).then(must), [order.id, order.updatedAt]);
  const submit = (event: Event) => {
    event.preventDefault();
    const minor = amount.trim() === '' ? undefined : parseMinor(amount);
    if (minor === null) {
      setInvalid('Amount: a number with at most two decimals, e.g. 12.50');
      return;
    }
    setInvalid(null);
    const key = idempotencyKey();
    void action.run(async () =>
      must(
        await api.POST('/api/v1/orders/{id}/refunds', {
          params: { path: { id: order.id }, header: { 'idempotency-key': key } },
          body: { reason, ...(minor === undefined ? {} : { amount: minor }), ...(override ? { override: true } : {}) },
        }),
      ),
    );
  };
  return (
    <Section title="Refund">
      <LoadState loaded={eligibility}>
        {(e) => (
          <p>
            Refundable now: <strong>{money(e.refundableAmount, order.currency)}</strong>
            {e.requiresReview ? ' (needs an admin’s review)' : ''}
            {e.reasons.length ? ` — not eligible: ${e.reasons.join(', ')}` : ''}
          </p>
        )}
      </LoadState>
      <form onSubmit={submit} class="stack">
        <label>
          Amount ({order.currency}, empty for the full refundable amount)
          <input name="amount" inputMode="decimal" value={amount} onInput={(event) => setAmount(event.currentTarget.value)} />
        </label>
        <label>
          Reason
          <input name="reason" required maxLength={500} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        </label>
        {isAdmin() ? (
          <label class="check">
            <input type="checkbox" checked={override} onChange={(event) => setOverride(event.currentTarget.checked)} /> Override the policy (admin)
          </label>
        ) : null}
        <div class="actions">
          <button type="submit" disabled={action.busy}>
            Refund
          </button>
        </div>
        {invalid ? (
          <p class="problem" role="alert">
            {invalid}
          </p>
        ) : null}
        <ProblemView problem={action.problem} />
      </form>
    </Section>
  );
}

function CancelForm({ order, done }: { order: Order; done: () => void }) {
  const [reason, setReason] = useState('');
  const action = useAction(done);
  return (
    <Section title="Cancel">
      <p class="muted">Only a PENDING or RESERVED order can be cancelled; a paid order is refunded instead.</p>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(async () => must(await api.POST('/api/v1/orders/{id}/cancel', { params: { path: { id: order.id } }, body: { reason } })));
        }}
      >
        <label>
          Reason
          <input name="cancel-reason" required maxLength={500} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="submit" class="danger" disabled={action.busy}>
            Cancel order
          </button>
        </div>
        <ProblemView problem={action.problem} />
      </form>
    </Section>
  );
}

/** The refunds of one order or of the review queue; refunds in review get approve and reject buttons. */
export function RefundTable({ refunds, done, showOrder = false }: { refunds: Refund[]; done: () => void; showOrder?: boolean }) {
  return (
    <Table label="Refunds" head={[...(showOrder ? ['Order'] : []), 'Status', 'Amount', 'Reason', 'Requested', 'Review']}>
      {refunds.length === 0 ? <Empty columns={showOrder ? 6 : 5} text="No refund." /> : null}
      {refunds.map((refund) => (
        <tr key={refund.id}>
          {showOrder ? (
            <td>
              <a href={`#/orders/${refund.orderId}`} class="mono">
                {refund.orderId.slice(0, 8)}
              </a>
            </td>
          ) : null}
          <td>
            <StatusBadge status={refund.status} />
          </td>
          <td>{money(refund.amount, refund.currency)}</td>
          <td>{refund.reason}</td>
          <td>{dateTime(refund.createdAt)}</td>
          <td>{refund.status === 'PENDING_REVIEW' ? <ReviewButtons refund={refund} done={done} /> : null}</td>
        </tr>
      ))}
    </Table>
  );
}

function ReviewButtons({ refund, done }: { refund: Refund; done: () => void }) {
  const action = useAction(done);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const path = { path: { id: refund.orderId, refundId: refund.id } };
  return (
    <div class="review">
      <button type="button" disabled={action.busy} onClick={() => void action.run(async () => must(await api.POST('/api/v1/orders/{id}/refunds/{refundId}/approve', { params: path, body: {} })))}>
        Approve
      </button>
      {rejecting ? (
        <form
          class="inline"
          onSubmit={(event) => {
            event.preventDefault();
            void action.run(async () => must(await api.POST('/api/v1/orders/{id}/refunds/{refundId}/reject', { params: path, body: { reason } })));
          }}
        >
          <input aria-label="Reason for rejecting" required value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
          <button type="submit" class="danger" disabled={action.busy}>
            Reject
          </button>
        </form>
      ) : (
        <button type="button" class="secondary" onClick={() => setRejecting(true)}>
          Reject…
        </button>
      )}
      <ProblemView problem={action.problem} />
    </div>
  );
}

/** An order's changes, oldest first: what each added and removed, its delta, how it was settled, when. */
function ChangeTable({ changes, items }: { changes: Change[]; items: Order['items'] }) {
  const ticketTypeOf = (orderItemId: string) => items.find((item) => item.id === orderItemId)?.ticketTypeId ?? orderItemId;
  const short = (id: string) => id.slice(0, 8);
  return (
    <Table label="Changes of the order" head={['Status', 'Added', 'Removed', 'Delta', 'Settlement', 'Reason', 'Created', 'Applied']}>
      {changes.length === 0 ? <Empty columns={8} text="No change." /> : null}
      {changes.map((change) => (
        <tr key={change.id}>
          <td>
            <StatusBadge status={change.status} />
            {change.failure ? (
              <div class="muted">
                {change.failure.code}
                {change.failure.reason ? `: ${change.failure.reason}` : ''}
              </div>
            ) : null}
          </td>
          <td>
            {change.add.length === 0 ? '—' : null}
            <ul class="plain">
              {change.add.map((line) => (
                <li key={line.orderItemId}>
                  {line.quantity} × <span class="mono">{short(line.ticketTypeId)}</span> at {money(line.unitPrice, change.currency)} = {money(line.total, change.currency)}
                </li>
              ))}
            </ul>
          </td>
          <td>
            {change.remove.length === 0 ? '—' : null}
            <ul class="plain">
              {change.remove.map((line) => (
                <li key={line.orderItemId}>
                  {line.quantity} × <span class="mono">{short(ticketTypeOf(line.orderItemId))}</span>
                </li>
              ))}
            </ul>
            {change.remove.length ? <div class="muted">credited {money(change.credited.amount, change.currency)}</div> : null}
          </td>
          <td>
            <strong>{money(change.delta.total, change.currency)}</strong>
            {change.delta.changeFee ? <div class="muted">fee {money(change.delta.changeFee, change.currency)}</div> : null}
          </td>
          <td>
            {change.refundId ? (
              <div>
                Refund <span class="mono">{short(change.refundId)}</span>
              </div>
            ) : null}
            {change.payment ? (
              <div>
                Payment <span class="mono">{change.payment.intentId}</span>
              </div>
            ) : null}
            {change.expiresAt && change.status === 'AWAITING_PAYMENT' ? <div class="muted">pay by {dateTime(change.expiresAt)}</div> : null}
            {!change.refundId && !change.payment ? '—' : null}
          </td>
          <td>{change.reason ?? '—'}</td>
          <td>{dateTime(change.createdAt)}</td>
          <td>{dateTime(change.appliedAt)}</td>
        </tr>
      ))}
    </Table>
  );
}
