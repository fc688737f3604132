// The first admin: created from ADMIN_PASSWORD, or through a one-time setup link.
import {
  hasAdmin,
  insertSetupToken,
  insertUser,
  isSetupTokenUsable,
  useSetupToken,
} from "../storage";
import { openSession } from "./auth";
import type { ServiceDeps } from "./deps";
import { hashPassword } from "./password";
import { fail, ok, type Result } from "./result";
import { setupSchema } from "./schemas";
import { hashToken, newToken } from "./tokens";
import { validate } from "./validate";
import type { AuthSession } from "./views";

const SETUP_TOKEN_HOURS = 24;

export type AdminStatus =
  | { status: "exists" }
  | { status: "created"; username: string }
  | { status: "setup-needed"; setupToken: string }
  | { status: "invalid-password"; message: string };

/** Run at start-up: makes sure an admin exists or can be created through a setup link. */
export const ensureAdmin = async (deps: ServiceDeps): Promise<AdminStatus> => {
  if (await hasAdmin(deps.store)) return { status: "exists" };
  const { adminUsername, adminPassword } = deps.config;
  const now = deps.clock();
  if (adminPassword !== undefined) {
    if (adminPassword.length < 8) {
      return { status: "invalid-password", message: "ADMIN_PASSWORD needs at least 8 characters." };
    }
    const created = await insertUser(deps.store, {
      username: adminUsername,
      passwordHash: await hashPassword(adminPassword),
      isAdmin: true,
      isGuest: false,
      createdAt: now,
    });
    if (created !== null) return { status: "created", username: adminUsername };
  }
  const setupToken = newToken();
  await insertSetupToken(deps.store, {
    tokenHash: hashToken(setupToken),
    createdAt: now,
    expiresAt: new Date(now.getTime() + SETUP_TOKEN_HOURS * 3600_000),
  });
  return { status: "setup-needed", setupToken };
};

const invalidLink = () =>
  fail(
    404,
    "setup-link-invalid",
    "This setup link is unknown, used or expired. Restart the server for a new one.",
  );

export const checkSetupToken = async (deps: ServiceDeps, token: string): Promise<Result<null>> =>
  token.length > 0 &&
  token.length <= 200 &&
  (await isSetupTokenUsable(deps.store, hashToken(token), deps.clock()))
    ? ok(null)
    : invalidLink();

/** Spends the setup link: creates the admin and signs them in. */
export const setupAdmin = async (
  deps: ServiceDeps,
  token: string,
  input: unknown,
  currentSessionToken: string | null,
): Promise<Result<AuthSession>> => {
  const valid = validate(setupSchema, input);
  if (!valid.ok) return valid;
  if (token.length === 0 || token.length > 200) return invalidLink();
  const used = await useSetupToken(deps.store, hashToken(token), {
    username: valid.value.username ?? deps.config.adminUsername,
    passwordHash: await hashPassword(valid.value.password),
    isAdmin: true,
    isGuest: false,
    createdAt: deps.clock(),
  });
  if (used.outcome === "token-invalid") return invalidLink();
  if (used.outcome === "username-taken") {
    return fail(409, "username-taken", "That username is taken. Choose another.", "username");
  }
  return ok(await openSession(deps, used.user, currentSessionToken));
};
