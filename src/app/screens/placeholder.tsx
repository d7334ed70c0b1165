/** A screen whose feature is not in this build yet: says so plainly and leads back home. */
import type { ComponentChildren } from 'preact';
import { useStrings } from '../i18n';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';

export function PlaceholderScreen({ title, children }: { title: string; children?: ComponentChildren }) {
  const s = useStrings(shellStrings);
  return (
    <div class="stack">
      <a class="back" href={hrefFor('home')}>
        ← {s.back}
      </a>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
