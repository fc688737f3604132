import { forbidden, type Result, unauthenticated } from "./result";
import type { SessionUser } from "./views";

/** Ok with the admin, or the 401/403 to return. */
export const requireAdmin = (actor: SessionUser | null): Result<SessionUser> => {
  if (actor === null) return unauthenticated();
  if (!actor.isAdmin) return forbidden("Only admins can do this.");
  return { ok: true, value: actor };
};

export const requireUser = (actor: SessionUser | null): Result<SessionUser> =>
  actor === null ? unauthenticated() : { ok: true, value: actor };

/** The system acting at start-up (seeding demo articles): an admin that is never stored. */
export const SYSTEM_ACTOR: SessionUser = {
  id: 0,
  username: "system",
  isAdmin: true,
  isGuest: false,
};
