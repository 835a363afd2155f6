import { Page } from '../components';

/** A page whose API is not in this service yet: the navigation keeps its place. */
export function Planned({ title, text }: { title: string; text: string }) {
  return (
    <Page title={title}>
      <p class="card">{text}</p>
    </Page>
  );
}
