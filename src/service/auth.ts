// Registration, login, guests and sessions. Session ids are random, stored hashed, rotated at
// login and deleted at logout.
import {
  deleteSession,
  findSessionUser,
  findUserByUsername,
  insertSession,
  insertUser,
  upgradeGuest,
} from "../storage";
import type { UserRow } from "../storage/users";
import type { ServiceDeps } from "./deps";
import { hashPassword, verifyPassword } from "./password";
import { fail, ok, type Result } from "./result";
import { loginSchema, registerSchema } from "./schemas";
import { csrfTokenFor, hashToken, newToken } from "./tokens";
import { toSessionUser } from "./users";
import { validate } from "./validate";
import type { AuthSession, SessionUser } from "./views";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Opens a new session for `user`, deleting `previousToken`'s session in the same step. */
export const openSession = async (
  deps: ServiceDeps,
  user: UserRow,
  previousToken: string | null,
): Promise<AuthSession> => {
  const now = deps.clock();
  const sessionToken = newToken();
  const expiresAt = new Date(now.getTime() + deps.config.sessionDays * DAY_MS);
  await insertSession(
    deps.store,
    { idHash: hashToken(sessionToken), userId: user.id, createdAt: now, expiresAt },
    previousToken === null ? null : hashToken(previousToken),
  );
  return {
    user: toSessionUser(user),
    sessionToken,
    csrfToken: csrfTokenFor(sessionToken),
    expiresAt: expiresAt.toISOString(),
  };
};

/** The user behind a session cookie, or null when absent, unknown or expired. */
export const resolveSession = async (
  deps: ServiceDeps,
  sessionToken: string | null,
): Promise<{ user: SessionUser; csrfToken: string } | null> => {
  if (sessionToken === null || sessionToken.length === 0 || sessionToken.length > 200) return null;
  const row = await findSessionUser(deps.store, hashToken(sessionToken), deps.clock());
  return row === null ? null : { user: toSessionUser(row), csrfToken: csrfTokenFor(sessionToken) };
};

const usernameTaken = () =>
  fail(409, "username-taken", "That username is taken. Choose another.", "username");

/**
 * Creates an account. A guest who registers keeps their identity, so their history carries over.
 */
export const register = async (
  deps: ServiceDeps,
  input: unknown,
  current: { user: SessionUser | null; sessionToken: string | null },
): Promise<Result<AuthSession>> => {
  const valid = validate(registerSchema, input);
  if (!valid.ok) return valid;
  const passwordHash = await hashPassword(valid.value.password);
  const user =
    current.user?.isGuest === true
      ? await upgradeGuest(deps.store, current.user.id, {
          username: valid.value.username,
          passwordHash,
        })
      : await insertUser(deps.store, {
          username: valid.value.username,
          passwordHash,
          isAdmin: false,
          isGuest: false,
          createdAt: deps.clock(),
        });
  if (user === null) return usernameTaken();
  return ok(await openSession(deps, user, current.sessionToken));
};

export const login = async (
  deps: ServiceDeps,
  input: unknown,
  currentSessionToken: string | null,
): Promise<Result<AuthSession>> => {
  const valid = validate(loginSchema, input);
  if (!valid.ok) return valid;
  const user = await findUserByUsername(deps.store, valid.value.username);
  const matches = await verifyPassword(valid.value.password, user?.passwordHash ?? null);
  if (user === null || !matches) {
    return fail(401, "invalid-credentials", "Wrong username or password.");
  }
  return ok(await openSession(deps, user, currentSessionToken));
};

export const logout = async (
  deps: ServiceDeps,
  sessionToken: string | null,
): Promise<Result<null>> => {
  if (sessionToken !== null) await deleteSession(deps.store, hashToken(sessionToken));
  return ok(null);
};

/** A guest identity with its own session; a current guest keeps the one they have. */
export const startGuest = async (
  deps: ServiceDeps,
  currentSessionToken: string | null,
): Promise<Result<AuthSession>> => {
  const current = await resolveSession(deps, currentSessionToken);
  if (current?.user.isGuest && currentSessionToken !== null) {
    const row = await findSessionUser(deps.store, hashToken(currentSessionToken), deps.clock());
    if (row !== null) return ok(await openSession(deps, row, currentSessionToken));
  }
  const guest = await insertUser(deps.store, {
    username: null,
    passwordHash: null,
    isAdmin: false,
    isGuest: true,
    createdAt: deps.clock(),
  });
  if (guest === null) throw new Error("guest insert cannot collide");
  return ok(await openSession(deps, guest, currentSessionToken));
};
