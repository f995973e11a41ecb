import type { UserRow } from '../../../store/repository.js';

/** A user account without its password hash. */
export interface UserView {
  id: number;
  username: string;
  role: UserRow['role'];
  createdAt: string;
  lastVisitAt: string | null;
  disabled: boolean;
}

export function presentUser(user: UserRow): UserView {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    createdAt: user.createdAt,
    lastVisitAt: user.lastVisitAt,
    disabled: user.disabled,
  };
}
