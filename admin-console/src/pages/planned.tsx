import { Page } from '../components';

/** A page with a title and one paragraph (an unknown route). */
export function Planned({ title, text }: { title: string; text: string }) {
  return (
    <Page title={title}>
      <p class="card">{text}</p>
    </Page>
  );
}
