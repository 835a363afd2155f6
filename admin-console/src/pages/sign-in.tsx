import { useEffect, useState } from 'preact/hooks';
import { developerToken, signIn, type Problem } from '../api';
import { ProblemView, problemOf } from '../components';

/** Sign-in with a staff JWT (support or admin). The embedded mode offers the developer's admin token printed at start-up. */
export function SignIn() {
  const [token, setToken] = useState('');
  const [offered, setOffered] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = 'Sign in · Order Service admin';
    void developerToken().then(setOffered);
  }, []);
  const submit = async (value: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await signIn(value);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="sign-in">
      <h1>Order Service admin</h1>
      <form
        class="card"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(token);
        }}
      >
        <label for="token">Staff token (JWT with the support or admin role)</label>
        <textarea id="token" name="token" rows={5} autocomplete="off" spellcheck={false} value={token} onInput={(event) => setToken(event.currentTarget.value)} />
        <p class="muted">The token stays in this tab’s memory only: reloading or closing the tab signs out.</p>
        <div class="actions">
          <button type="submit" disabled={busy || token.trim() === ''}>
            Sign in
          </button>
          {offered ? (
            <button type="button" class="secondary" disabled={busy} onClick={() => void submit(offered)}>
              Use the developer admin token
            </button>
          ) : null}
        </div>
        <ProblemView problem={problem} />
      </form>
    </main>
  );
}
