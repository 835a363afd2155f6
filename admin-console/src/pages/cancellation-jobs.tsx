import { useEffect } from 'preact/hooks';
import { api, must } from '../api';
import { Empty, LoadState, Page, Section, StatusBadge, Table, useLoad } from '../components';
import { dateTime } from '../format';

/** Event-cancellation jobs: progress of each, and the orders that could not be settled yet. */
export function CancellationJobs() {
  const jobs = useLoad(() => api.GET('/api/v1/event-cancellations', { params: { query: { limit: 50 } } }).then(must), []);
  // While a job runs, its progress is read again every few seconds.
  const running = jobs.data?.data.some((job) => job.status === 'RUNNING') ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(jobs.reload, 3000);
    return () => clearInterval(timer);
  }, [running, jobs.reload]);
  return (
    <Page title="Event cancellations">
      <div class="toolbar">
        <button type="button" class="secondary" onClick={jobs.reload}>
          Refresh
        </button>
      </div>
      <Section title="Jobs">
        <LoadState loaded={jobs}>
          {(page) => (
            <Table label="Event-cancellation jobs" head={['Event', 'Status', 'Progress', 'Failures', 'Started', 'Completed']}>
              {page.data.length === 0 ? <Empty columns={6} text="No event was cancelled." /> : null}
              {page.data.map((job) => (
                <tr key={job.id ?? job.eventId}>
                  <td>
                    <a class="mono" href={`#/orders?eventId=${job.eventId}`}>
                      {job.eventId}
                    </a>
                  </td>
                  <td>
                    <StatusBadge status={job.status} />
                  </td>
                  <td>
                    <progress max={Math.max(job.progress.total, 1)} value={job.progress.processed} aria-label={`${job.progress.processed} of ${job.progress.total} orders`} />{' '}
                    {job.progress.processed}/{job.progress.total} ({job.progress.succeeded} settled, {job.progress.failed} failed)
                  </td>
                  <td>
                    {job.failures.length === 0 ? (
                      '—'
                    ) : (
                      <ul class="plain">
                        {job.failures.map((failure) => (
                          <li key={failure.orderId}>
                            <a href={`#/orders/${failure.orderId}`}>{failure.orderId.slice(0, 8)}</a>: {failure.code} — {failure.detail}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{dateTime(job.createdAt)}</td>
                  <td>{dateTime(job.completedAt)}</td>
                </tr>
              ))}
            </Table>
          )}
        </LoadState>
      </Section>
    </Page>
  );
}
