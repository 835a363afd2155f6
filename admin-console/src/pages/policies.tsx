import { useState } from 'preact/hooks';
import { api, isAdmin, must, type paths } from '../api';
import { Empty, LoadState, Page, ProblemView, Section, Table, useAction, useLoad } from '../components';
import { dateTime, money } from '../format';

type Policy = paths['/api/v1/refund-policy/{id}']['get']['responses'][200]['content']['application/json'];

/** Refund policies at their current version; one policy's versions, and its edit form (an edit writes a new version). */
export function Policies({ selected }: { selected: string | null }) {
  const policies = useLoad(() => api.GET('/api/v1/refund-policy', { params: { query: { limit: 100 } } }).then(must), [selected]);
  return (
    <Page title="Refund policies">
      <Section title="Policies">
        <LoadState loaded={policies}>
          {(page) => (
            <Table label="Refund policies" head={['Name', 'Scope', 'Version', 'Active', 'Rules', 'Cutoff (h)']}>
              {page.data.length === 0 ? <Empty columns={6} text="No policy: the built-in default applies." /> : null}
              {page.data.map((policy) => (
                <tr key={policy.id}>
                  <td>
                    <a href={`#/policies/${policy.id}`}>{policy.name}</a>
                  </td>
                  <td>{policy.scope}</td>
                  <td>{policy.version}</td>
                  <td>{policy.active ? 'yes' : 'no'}</td>
                  <td>{policy.rules.map((rule) => `≥${rule.minHoursBeforeEvent} h: ${rule.refundPercent} %`).join('; ')}</td>
                  <td>{policy.cutoffHours}</td>
                </tr>
              ))}
            </Table>
          )}
        </LoadState>
      </Section>
      {selected ? <PolicyDetail id={selected} done={policies.reload} /> : null}
    </Page>
  );
}

function PolicyDetail({ id, done }: { id: string; done: () => void }) {
  const versions = useLoad(() => api.GET('/api/v1/refund-policy/{id}/versions', { params: { path: { id } } }).then(must), [id]);
  return (
    <LoadState loaded={versions}>
      {(page) => {
        const current = page.data[page.data.length - 1];
        return (
          <>
            <Section title={`Versions of ${current?.name ?? 'the policy'}`}>
              <Table label="Policy versions" head={['Version', 'Rules', 'Cutoff (h)', 'Fees refunded', 'Partial', 'Auto-approve below', 'Written']}>
                {[...page.data].reverse().map((version) => (
                  <tr key={version.version}>
                    <td>{version.version}</td>
                    <td>{version.rules.map((rule) => `≥${rule.minHoursBeforeEvent} h: ${rule.refundPercent} %`).join('; ')}</td>
                    <td>{version.cutoffHours}</td>
                    <td>{[version.refundPlatformFee ? 'platform' : '', version.refundProcessingFee ? 'processing' : ''].filter(Boolean).join(', ') || 'none'}</td>
                    <td>{version.allowPartial ? 'yes' : 'no'}</td>
                    <td>{money(version.autoApproveBelow, '')}</td>
                    <td>
                      {dateTime(version.versionCreatedAt)} by {version.versionCreatedBy}
                    </td>
                  </tr>
                ))}
              </Table>
            </Section>
            {current && isAdmin() ? (
              <PolicyEditor
                policy={current}
                done={() => {
                  versions.reload();
                  done();
                }}
              />
            ) : null}
          </>
        );
      }}
    </LoadState>
  );
}

function rulesText(policy: Policy): string {
  return policy.rules.map((rule) => `${rule.minHoursBeforeEvent}:${rule.refundPercent}`).join(', ');
}

/** Rules as "hours:percent, hours:percent" (e.g. "168:100, 48:50, 0:0"). */
function parseRules(text: string): { minHoursBeforeEvent: number; refundPercent: string }[] | null {
  const rules = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => /^(\d+)\s*:\s*(\d+(?:\.\d+)?)$/.exec(part));
  if (rules.length === 0 || rules.some((match) => !match)) return null;
  return rules.map((match) => ({ minHoursBeforeEvent: Number(match![1]), refundPercent: match![2]! }));
}

function PolicyEditor({ policy, done }: { policy: Policy; done: () => void }) {
  const [name, setName] = useState(policy.name);
  const [rules, setRules] = useState(rulesText(policy));
  const [cutoff, setCutoff] = useState(String(policy.cutoffHours));
  const [invalid, setInvalid] = useState<string | null>(null);
  const action = useAction(done);
  return (
    <Section title="Edit (writes a new version)">
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = parseRules(rules);
          if (!parsed || !/^\d+$/.test(cutoff)) {
            setInvalid('Rules: "hours:percent" pairs separated by commas, e.g. 168:100, 48:50; cutoff: whole hours');
            return;
          }
          setInvalid(null);
          void action.run(async () =>
            must(
              await api.PUT('/api/v1/refund-policy/{id}', {
                params: { path: { id: policy.id } },
                body: {
                  name,
                  scope: policy.scope,
                  ...(policy.eventId ? { eventId: policy.eventId } : {}),
                  ...(policy.ticketTypeId ? { ticketTypeId: policy.ticketTypeId } : {}),
                  rules: parsed,
                  cutoffHours: Number(cutoff),
                  refundPlatformFee: policy.refundPlatformFee,
                  refundProcessingFee: policy.refundProcessingFee,
                  allowPartial: policy.allowPartial,
                  autoApproveBelow: policy.autoApproveBelow,
                },
              }),
            ),
          );
        }}
      >
        <label>
          Name
          <input name="policy-name" required value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <label>
          Rules (hours before the event : refund percent)
          <input name="policy-rules" required value={rules} onInput={(event) => setRules(event.currentTarget.value)} />
        </label>
        <label>
          Cutoff (hours before the event)
          <input name="policy-cutoff" inputMode="numeric" required value={cutoff} onInput={(event) => setCutoff(event.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="submit" disabled={action.busy}>
            Save as version {policy.version + 1}
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
