import { api, must } from '../api';
import { Empty, LoadState, Page, Section, Table, useLoad } from '../components';

/** Tax jurisdictions with their dated rates, and the tenant's fallback. */
export function Tax() {
  const jurisdictions = useLoad(() => api.GET('/api/v1/tax/jurisdictions', { params: { query: { limit: 100 } } }).then(must), []);
  const settings = useLoad(() => api.GET('/api/v1/tax/settings').then(must), []);
  return (
    <Page title="Tax">
      <Section title="Settings">
        <LoadState loaded={settings}>
          {(s) => (
            <p>
              Price mode: <strong>{s.priceMode}</strong>; no matching jurisdiction: {s.fallback.mode === 'rate' ? `flat ${s.fallback.rate ?? ''} %` : 'checkout refused'}
            </p>
          )}
        </LoadState>
      </Section>
      <Section title="Jurisdictions and rates">
        <LoadState loaded={jurisdictions}>
          {(page) => (
            <Table label="Tax jurisdictions" head={['Code', 'Name', 'Level', 'Parent', 'Matches', 'Rates']}>
              {page.data.length === 0 ? <Empty columns={6} text="No jurisdiction: the fallback applies everywhere." /> : null}
              {page.data.map((j) => (
                <tr key={j.code}>
                  <td>
                    <strong>{j.code}</strong>
                  </td>
                  <td>{j.name}</td>
                  <td>{j.level}</td>
                  <td>{j.parentCode ?? '—'}</td>
                  <td>{[j.match.country, j.match.region, j.match.city, ...j.match.postalCodes].filter(Boolean).join(' / ')}</td>
                  <td>
                    <ul class="plain">
                      {j.rates.map((rate) => (
                        <li key={rate.id}>
                          {rate.category}: {rate.rate} % from {rate.effectiveFrom}
                          {rate.effectiveTo ? ` to ${rate.effectiveTo}` : ''}
                        </li>
                      ))}
                    </ul>
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
