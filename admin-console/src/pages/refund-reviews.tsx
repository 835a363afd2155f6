import { useState } from 'preact/hooks';
import { api, must } from '../api';
import { LoadState, Page, Section, useLoad } from '../components';
import { RefundTable } from './order';

/** Refunds waiting for an admin (PENDING_REVIEW), newest first, with approve and reject. */
export function RefundReviews() {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const refunds = useLoad(
    () => api.GET('/api/v1/refunds', { params: { query: { status: 'PENDING_REVIEW', limit: 50, ...(cursor ? { cursor } : {}) } } }).then(must),
    [cursor],
  );
  return (
    <Page title="Refund reviews">
      <Section title="Waiting for review">
        <LoadState loaded={refunds}>
          {(page) => (
            <>
              <RefundTable refunds={page.data} done={refunds.reload} showOrder />
              <div class="pager">
                {cursor ? (
                  <button type="button" class="link" onClick={() => setCursor(undefined)}>
                    First page
                  </button>
                ) : null}
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
