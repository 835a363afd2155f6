/** Pieces every page uses. Values from the API are always rendered as text children (never as HTML). */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import { ProblemError, type Problem } from './api';

export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  return { title: 'The request failed', detail: error instanceof Error ? error.message : String(error) };
}

/** A refused request: its problem document, code, reasons and field errors. */
export function ProblemView({ problem }: { problem: Problem | null }) {
  if (!problem) return null;
  return (
    <div class="problem" role="alert">
      <strong>{[problem.status, problem.code].filter(Boolean).join(' ') || 'Error'}</strong>
      {problem.title ? <span> {problem.title}</span> : null}
      {problem.detail ? <div>{problem.detail}</div> : null}
      {problem.reasons?.length ? <div>Reasons: {problem.reasons.join(', ')}</div> : null}
      {problem.errors?.length ? (
        <ul>
          {problem.errors.map((error) => (
            <li key={error.field}>
              {error.field}: {error.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export interface Loaded<T> {
  data: T | null;
  problem: Problem | null;
  loading: boolean;
  reload(): void;
}

/** Loads `load()` now and whenever `deps` change; `reload()` loads again (after an action). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; problem: Problem | null; loading: boolean }>({ data: null, problem: null, loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => live && setState({ data, problem: null, loading: false }),
      (error: unknown) => live && setState({ data: null, problem: problemOf(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}

export function Section({ title, children, actions }: { title: string; children: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <section class="card" aria-label={title}>
      <header class="card-head">
        <h2>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · Order Service admin`;
  }, [title]);
  return (
    <>
      <h1>{title}</h1>
      {children}
    </>
  );
}

export function LoadState<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.problem) return <ProblemView problem={loaded.problem} />;
  if (loaded.data === null) return <p class="muted">Loading…</p>;
  return <>{children(loaded.data)}</>;
}

/** A table that scrolls sideways on a narrow screen instead of squeezing its columns. */
export function Table({ head, children, label }: { head: string[]; children: ComponentChildren; label: string }) {
  return (
    <div class="table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table>
        <thead>
          <tr>
            {head.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Empty({ columns, text }: { columns: number; text: string }) {
  return (
    <tr>
      <td colSpan={columns} class="muted">
        {text}
      </td>
    </tr>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge badge-${status.toLowerCase()}`}>{status}</span>;
}

/** Runs an action, keeps its problem (if refused) to show beside the form, and calls `done` when it went through. */
export function useAction(done: () => void): { run(action: () => Promise<unknown>): Promise<void>; problem: Problem | null; busy: boolean } {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      done();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };
  return { run, problem, busy };
}

export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
}

/** A uPlot chart of values per day; it follows its container's width. The figures are also given as a table below. */
export function DailyChart({ title, days, series }: { title: string; days: string[]; series: ChartSeries[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const xs = days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 240),
        height: 200,
        scales: { x: { time: true } },
        axes: [{}, { size: 60 }],
        series: [{}, ...series.map((one) => ({ label: one.label, stroke: one.color, width: 2, fill: `${one.color}22` }))],
      },
      [xs, ...series.map((one) => one.values)],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 240), height: 200 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [days, series]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} role="img" aria-label={`${title}: ${series.map((one) => `${one.label} ${one.values.reduce((a, b) => a + b, 0)} in total`).join(', ')}`} />
    </figure>
  );
}
