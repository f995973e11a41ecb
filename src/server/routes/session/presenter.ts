import type { UserRow } from '../../../store/repository.js';

/** The logged-in user as the dashboard sees it. */
export interface MeView {
  id: number;
  username: string;
  role: UserRow['role'];
}

export function presentMe(user: UserRow): MeView {
  return { id: user.id, username: user.username, role: user.role };
}
