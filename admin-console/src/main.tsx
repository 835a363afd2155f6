/** The admin console (SPEC §17): sign-in, then the pages of the tenant's staff, all on the public API. */
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { onSessionChange, session, signOut, type Session } from './api';
import { useRoute, type Route } from './router';
import { SignIn } from './pages/sign-in';
import { Dashboard } from './pages/dashboard';
import { OrderSearch } from './pages/orders';
import { OrderPage } from './pages/order';
import { RefundReviews } from './pages/refund-reviews';
import { Disputes } from './pages/disputes';
import { Policies } from './pages/policies';
import { Promotions } from './pages/promotions';
import { Tax } from './pages/tax';
import { CancellationJobs } from './pages/cancellation-jobs';
import { Planned } from './pages/planned';
import { Webhooks } from './pages/webhooks';

const NAV: { path: string; label: string }[] = [
  { path: '/', label: 'Dashboard' },
  { path: '/orders', label: 'Orders' },
  { path: '/refunds', label: 'Refund reviews' },
  { path: '/disputes', label: 'Disputes' },
  { path: '/policies', label: 'Refund policies' },
  { path: '/promotions', label: 'Promotions' },
  { path: '/tax', label: 'Tax' },
  { path: '/cancellations', label: 'Event cancellations' },
  { path: '/webhooks', label: 'Webhooks' },
];

function pageOf(route: Route) {
  const [first, second] = route.path;
  switch (first) {
    case undefined:
      return <Dashboard />;
    case 'orders':
      return second ? <OrderPage id={second} /> : <OrderSearch query={route.query} />;
    case 'refunds':
      return <RefundReviews />;
    case 'disputes':
      return <Disputes />;
    case 'policies':
      return <Policies selected={second ?? null} />;
    case 'promotions':
      return <Promotions />;
    case 'tax':
      return <Tax />;
    case 'cancellations':
      return <CancellationJobs />;
    case 'webhooks':
      return <Webhooks selected={second ?? null} />;
    default:
      return <Planned title="Not found" text="There is no such page in the console." />;
  }
}

function Shell({ signedIn }: { signedIn: Session }) {
  const route = useRoute();
  const [menuOpen, setMenuOpen] = useState(false);
  const active = `/${route.path[0] ?? ''}`;
  useEffect(() => setMenuOpen(false), [active, route.path[1]]);
  return (
    <div class="shell">
      <header class="top">
        <a class="brand" href="#/">
          Order Service admin
        </a>
        <button type="button" class="menu-button" aria-expanded={menuOpen} aria-controls="nav" onClick={() => setMenuOpen(!menuOpen)}>
          Menu
        </button>
        <span class="who">
          {signedIn.userId} ({signedIn.roles.join(', ')})
        </span>
        <button type="button" class="link" onClick={signOut}>
          Sign out
        </button>
      </header>
      <nav id="nav" class={menuOpen ? 'open' : ''} aria-label="Pages">
        <ul>
          {NAV.map((item) => (
            <li key={item.path}>
              <a href={`#${item.path}`} aria-current={item.path === active ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>{pageOf(route)}</main>
    </div>
  );
}

function App() {
  const [signedIn, setSignedIn] = useState<Session | null>(session());
  useEffect(() => onSessionChange(setSignedIn), []);
  return signedIn ? <Shell signedIn={signedIn} /> : <SignIn />;
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
