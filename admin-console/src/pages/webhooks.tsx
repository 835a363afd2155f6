import { useEffect, useState } from 'preact/hooks';
import { api, isAdmin, must, type paths } from '../api';
import { Empty, LoadState, Page, ProblemView, Section, StatusBadge, Table, useAction, useLoad } from '../components';
import { dateTime } from '../format';
import { navigate } from '../router';

type Endpoint = paths['/api/v1/webhook-endpoints']['get']['responses'][200]['content']['application/json']['data'][number];
type Created = paths['/api/v1/webhook-endpoints']['post']['responses'][201]['content']['application/json'];
type Delivery = paths['/api/v1/webhook-endpoints/{id}/deliveries']['get']['responses'][200]['content']['application/json']['data'][number];

/** Outbound webhook endpoints (SPEC §16, admin): the list and a new endpoint, or one endpoint with its delivery log. */
export function Webhooks({ selected }: { selected: string | null }) {
  if (!isAdmin()) {
    return (
      <Page title="Webhook endpoints">
        <p class="card">Webhook endpoints are managed by the tenant’s admins only.</p>
      </Page>
    );
  }
  return selected ? <EndpointPage id={selected} /> : <EndpointList />;
}

function EndpointList() {
  const endpoints = useLoad(() => api.GET('/api/v1/webhook-endpoints', { params: { query: { limit: 100 } } }).then(must), []);
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <Page title="Webhook endpoints">
      {created ? <SecretOnce created={created} dismiss={() => setCreated(null)} /> : null}
      <Section title="Endpoints">
        <LoadState loaded={endpoints}>
          {(page) => (
            <Table label="Webhook endpoints" head={['URL', 'Events', 'State', 'Description', 'Created']}>
              {page.data.length === 0 ? <Empty columns={5} text="No endpoint." /> : null}
              {page.data.map((endpoint) => (
                <tr key={endpoint.id}>
                  <td>
                    <a href={`#/webhooks/${endpoint.id}`} class="mono">
                      {endpoint.url}
                    </a>
                  </td>
                  <td>{endpoint.events.join(', ')}</td>
                  <td>
                    <EndpointState endpoint={endpoint} />
                  </td>
                  <td>{endpoint.description ?? '—'}</td>
                  <td>{dateTime(endpoint.createdAt)}</td>
                </tr>
              ))}
            </Table>
          )}
        </LoadState>
      </Section>
      <CreateForm
        done={(answer) => {
          setCreated(answer);
          endpoints.reload();
        }}
      />
    </Page>
  );
}

function EndpointState({ endpoint }: { endpoint: Endpoint }) {
  return (
    <>
      <StatusBadge status={endpoint.enabled ? 'ENABLED' : 'DISABLED'} />
      {endpoint.disabledReason ? <span class="muted"> ({endpoint.disabledReason === 'gone' ? 'the receiver answered 410 Gone' : endpoint.disabledReason})</span> : null}
    </>
  );
}

/** The signing secret of a new endpoint: the service shows it in the create answer only, so this is its one showing. */
function SecretOnce({ created, dismiss }: { created: Created; dismiss: () => void }) {
  return (
    <section class="secret" role="status" aria-label="Signing secret">
      <h2>Signing secret of {created.url}</h2>
      <p>Copy it now and store it with the receiver: it is shown this once and cannot be read again.</p>
      <code>{created.secret}</code>
      <div class="actions">
        <button type="button" class="secondary" onClick={dismiss}>
          I have stored it
        </button>
      </div>
    </section>
  );
}

function eventsOf(text: string): string[] {
  return text
    .split(',')
    .map((one) => one.trim())
    .filter(Boolean);
}

function CreateForm({ done }: { done: (created: Created) => void }) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('*');
  const [description, setDescription] = useState('');
  const action = useAction(() => undefined);
  return (
    <Section title="New endpoint">
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(async () => {
            const body = { url: url.trim(), events: eventsOf(events), ...(description.trim() ? { description: description.trim() } : {}) };
            const created = must(await api.POST('/api/v1/webhook-endpoints', { body }));
            setUrl('');
            setDescription('');
            done(created);
          });
        }}
      >
        <label>
          URL (https, a public host)
          <input name="webhook-url" type="url" required maxLength={2048} value={url} onInput={(event) => setUrl(event.currentTarget.value)} />
        </label>
        <label>
          Message types (comma-separated, e.g. order.confirmed, order.refunded; * for all)
          <input name="webhook-events" required value={events} onInput={(event) => setEvents(event.currentTarget.value)} />
        </label>
        <label>
          Description
          <input name="webhook-description" maxLength={500} value={description} onInput={(event) => setDescription(event.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="submit" disabled={action.busy}>
            Create endpoint
          </button>
        </div>
        <ProblemView problem={action.problem} />
      </form>
    </Section>
  );
}

function EndpointPage({ id }: { id: string }) {
  const path = { params: { path: { id } } };
  const endpoint = useLoad(() => api.GET('/api/v1/webhook-endpoints/{id}', path).then(must), [id]);
  const deliveries = useLoad(() => api.GET('/api/v1/webhook-endpoints/{id}/deliveries', { params: { path: { id }, query: { limit: 50 } } }).then(must), [id]);
  const pending = deliveries.data?.data.some((delivery) => delivery.status === 'PENDING') ?? false;
  // While a delivery is on its way, the log is read again every two seconds.
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(deliveries.reload, 2000);
    return () => clearInterval(timer);
  }, [pending]);
  const reloadAll = () => {
    endpoint.reload();
    deliveries.reload();
  };
  return (
    <Page title={endpoint.data ? `Webhook endpoint ${endpoint.data.url}` : 'Webhook endpoint'}>
      <p>
        <a href="#/webhooks">All endpoints</a>
      </p>
      <LoadState loaded={endpoint}>{(e) => <EndpointSummary endpoint={e} done={reloadAll} />}</LoadState>
      <Section
        title="Deliveries"
        actions={
          <button type="button" class="secondary" onClick={deliveries.reload}>
            Refresh
          </button>
        }
      >
        <LoadState loaded={deliveries}>{(page) => <DeliveryTable endpointId={id} deliveries={page.data} done={deliveries.reload} />}</LoadState>
      </Section>
    </Page>
  );
}

function EndpointSummary({ endpoint, done }: { endpoint: Endpoint; done: () => void }) {
  const action = useAction(done);
  const [deleting, setDeleting] = useState(false);
  const path = { params: { path: { id: endpoint.id } } };
  const setEnabled = (enabled: boolean) =>
    action.run(async () =>
      must(await api.PUT('/api/v1/webhook-endpoints/{id}', { ...path, body: { url: endpoint.url, events: endpoint.events, description: endpoint.description, enabled } })),
    );
  return (
    <Section title="Endpoint">
      <dl class="pairs">
        <dt>URL</dt>
        <dd class="mono">{endpoint.url}</dd>
        <dt>Message types</dt>
        <dd>{endpoint.events.join(', ')}</dd>
        <dt>State</dt>
        <dd>
          <EndpointState endpoint={endpoint} />
        </dd>
        <dt>Description</dt>
        <dd>{endpoint.description ?? '—'}</dd>
        <dt>Signing secret</dt>
        <dd class="muted">shown once, when the endpoint was created</dd>
        <dt>Created</dt>
        <dd>{dateTime(endpoint.createdAt)}</dd>
        <dt>Updated</dt>
        <dd>{dateTime(endpoint.updatedAt)}</dd>
      </dl>
      <div class="actions toolbar">
        <button type="button" disabled={action.busy} onClick={() => void action.run(async () => must(await api.POST('/api/v1/webhook-endpoints/{id}/test', path)))}>
          Send a test ping
        </button>
        {endpoint.enabled ? (
          <button type="button" class="secondary" disabled={action.busy} onClick={() => void setEnabled(false)}>
            Disable
          </button>
        ) : (
          <button type="button" class="secondary" disabled={action.busy} onClick={() => void setEnabled(true)}>
            Enable
          </button>
        )}
        {deleting ? (
          <button
            type="button"
            class="danger"
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                const { error, response } = await api.DELETE('/api/v1/webhook-endpoints/{id}', path);
                if (!response.ok) must({ error: error ?? {}, response });
                navigate('/webhooks');
              })
            }
          >
            Delete the endpoint and its log
          </button>
        ) : (
          <button type="button" class="secondary" onClick={() => setDeleting(true)}>
            Delete…
          </button>
        )}
      </div>
      <ProblemView problem={action.problem} />
    </Section>
  );
}

function DeliveryTable({ endpointId, deliveries, done }: { endpointId: string; deliveries: Delivery[]; done: () => void }) {
  return (
    <Table label="Delivery log" head={['Status', 'Type', 'Message', 'Attempts', 'Next attempt', 'Created', 'Retry']}>
      {deliveries.length === 0 ? <Empty columns={7} text="No delivery yet." /> : null}
      {deliveries.map((delivery) => (
        <tr key={delivery.id}>
          <td>
            <StatusBadge status={delivery.status} />
            {delivery.lastStatusCode !== null ? <div class="muted">HTTP {delivery.lastStatusCode}</div> : null}
          </td>
          <td>{delivery.type}</td>
          <td class="mono">{delivery.messageId}</td>
          <td>
            {delivery.attempts.length === 0 ? '—' : null}
            <ol class="attempts">
              {delivery.attempts.map((attempt) => (
                <li key={attempt.attempt}>
                  {attempt.outcome}
                  {attempt.statusCode !== null ? ` (HTTP ${attempt.statusCode})` : ''} in {attempt.durationMs} ms at {dateTime(attempt.startedAt)}
                  {attempt.error ? <div class="muted">{attempt.error}</div> : null}
                </li>
              ))}
            </ol>
          </td>
          <td>{dateTime(delivery.nextAttemptAt)}</td>
          <td>{dateTime(delivery.createdAt)}</td>
          <td>
            <RetryButton endpointId={endpointId} delivery={delivery} done={done} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

function RetryButton({ endpointId, delivery, done }: { endpointId: string; delivery: Delivery; done: () => void }) {
  const action = useAction(done);
  return (
    <div class="review">
      <button
        type="button"
        class="secondary"
        disabled={action.busy}
        onClick={() => void action.run(async () => must(await api.POST('/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: endpointId, deliveryId: delivery.id } } })))}
      >
        Retry
      </button>
      <ProblemView problem={action.problem} />
    </div>
  );
}
