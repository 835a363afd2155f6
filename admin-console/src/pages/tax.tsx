import { useState } from 'preact/hooks';
import { api, isAdmin, must } from '../api';
import { Empty, LoadState, Page, ProblemView, Section, Table, useAction, useLoad } from '../components';

type Category = 'tickets' | 'platform_fee' | 'processing_fee';

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
      {isAdmin() && jurisdictions.data && jurisdictions.data.data.length > 0 ? <NewRate codes={jurisdictions.data.data.map((j) => j.code)} done={jurisdictions.reload} /> : null}
    </Page>
  );
}

/** A rate change on a date is data: a new dated rate for one category of a jurisdiction (admin). */
function NewRate({ codes, done }: { codes: string[]; done: () => void }) {
  const [code, setCode] = useState(codes[0] ?? '');
  const [category, setCategory] = useState<Category>('tickets');
  const [rate, setRate] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const action = useAction(() => {
    setRate('');
    done();
  });
  return (
    <Section title="New rate">
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(async () =>
            must(await api.POST('/api/v1/tax/jurisdictions/{code}/rates', { params: { path: { code } }, body: { category, rate, effectiveFrom } })),
          );
        }}
      >
        <label>
          Jurisdiction
          <select value={code} onChange={(event) => setCode(event.currentTarget.value)}>
            {codes.map((one) => (
              <option key={one} value={one}>
                {one}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select value={category} onChange={(event) => setCategory(event.currentTarget.value as Category)}>
            <option value="tickets">tickets</option>
            <option value="platform_fee">platform_fee</option>
            <option value="processing_fee">processing_fee</option>
          </select>
        </label>
        <label>
          Rate (%)
          <input name="rate" inputMode="decimal" required placeholder="8.875" value={rate} onInput={(event) => setRate(event.currentTarget.value)} />
        </label>
        <label>
          Effective from
          <input name="effective-from" type="date" required value={effectiveFrom} onInput={(event) => setEffectiveFrom(event.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="submit" disabled={action.busy}>
            Add rate
          </button>
        </div>
      </form>
      <ProblemView problem={action.problem} />
    </Section>
  );
}
