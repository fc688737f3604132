import type { UserRow } from "../storage/users";
import type { SessionUser } from "./views";

export const toSessionUser = (row: UserRow): SessionUser => ({
  id: row.id,
  username: row.username,
  isAdmin: row.isAdmin,
  isGuest: row.isGuest,
});
