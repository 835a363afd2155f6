import { api, must } from '../api';
import { Empty, LoadState, Page, Section, Table, useLoad } from '../components';
import { dateTime, money } from '../format';

/** The tenant's promo codes with their use. */
export function Promotions() {
  const promotions = useLoad(() => api.GET('/api/v1/promotions', { params: { query: { limit: 100 } } }).then(must), []);
  return (
    <Page title="Promotions">
      <Section title="Promo codes">
        <LoadState loaded={promotions}>
          {(page) => (
            <Table label="Promo codes" head={['Code', 'Discount', 'Active', 'Redemptions', 'Discount given', 'Valid']}>
              {page.data.length === 0 ? <Empty columns={6} text="No promo code." /> : null}
              {page.data.map((promotion) => (
                <tr key={promotion.id}>
                  <td>
                    <strong>{promotion.code}</strong>
                    {promotion.description ? <div class="muted">{promotion.description}</div> : null}
                  </td>
                  <td>{promotion.type === 'percent' ? `${promotion.value} %` : money(Number(promotion.value), promotion.currency)}</td>
                  <td>{promotion.active ? 'yes' : 'no'}</td>
                  <td>
                    {promotion.redemptions}
                    {promotion.maxRedemptions ? ` / ${promotion.maxRedemptions}` : ''}
                  </td>
                  <td>{promotion.discountTotal.map((d) => money(d.amount, d.currency)).join(', ') || '—'}</td>
                  <td>
                    {dateTime(promotion.startsAt)} – {dateTime(promotion.endsAt)}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </LoadState>
      </Section>
    </Page>
  );
}
