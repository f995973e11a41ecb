import type { ReactNode } from 'react';
import { linkClick } from '../router.js';

/** A link inside the dashboard: a real href (new tab works), navigated in place on a plain click. */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={to}
      onClick={(e) => {
        linkClick(e, to);
      }}
    >
      {children}
    </a>
  );
}
