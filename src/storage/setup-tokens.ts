import { and, eq, gt, isNull } from "drizzle-orm";
import { inTransaction, type Store } from "./db";
import { setupTokens, users } from "./schema";
import type { NewUser, UserRow } from "./users";

export const insertSetupToken = async (
  store: Store,
  token: { tokenHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> => {
  store.db.insert(setupTokens).values(token).run();
};

export const isSetupTokenUsable = async (
  store: Store,
  tokenHash: string,
  now: Date,
): Promise<boolean> =>
  store.db
    .select({ tokenHash: setupTokens.tokenHash })
    .from(setupTokens)
    .where(
      and(
        eq(setupTokens.tokenHash, tokenHash),
        isNull(setupTokens.usedAt),
        gt(setupTokens.expiresAt, now),
      ),
    )
    .get() !== undefined;

export type SetupOutcome =
  | { outcome: "used"; user: UserRow }
  | { outcome: "token-invalid" }
  | { outcome: "username-taken" };

/**
 * Spends the token and creates the admin in one transaction; a token works once.
 * An existing non-admin account with the same name is not taken over.
 */
export const useSetupToken = async (
  store: Store,
  tokenHash: string,
  admin: NewUser,
): Promise<SetupOutcome> =>
  inTransaction(store, (tx) => {
    const key = admin.username?.toLowerCase() ?? null;
    const taken =
      key !== null &&
      tx.select({ id: users.id }).from(users).where(eq(users.usernameKey, key)).get() !== undefined;
    const usable = tx
      .select({ tokenHash: setupTokens.tokenHash })
      .from(setupTokens)
      .where(
        and(
          eq(setupTokens.tokenHash, tokenHash),
          isNull(setupTokens.usedAt),
          gt(setupTokens.expiresAt, admin.createdAt),
        ),
      )
      .get();
    if (usable === undefined) return { outcome: "token-invalid" as const };
    // The token stays usable: the admin can pick another name with the same link.
    if (taken) return { outcome: "username-taken" as const };
    tx.update(setupTokens)
      .set({ usedAt: admin.createdAt })
      .where(eq(setupTokens.tokenHash, tokenHash))
      .run();
    const user = tx
      .insert(users)
      .values({ ...admin, usernameKey: key })
      .returning()
      .get();
    return { outcome: "used" as const, user };
  });
