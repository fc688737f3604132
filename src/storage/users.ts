import { and, eq } from "drizzle-orm";
import type { Store } from "./db";
import { users } from "./schema";

export type UserRow = typeof users.$inferSelect;

export interface NewUser {
  username: string | null;
  passwordHash: string | null;
  isAdmin: boolean;
  isGuest: boolean;
  createdAt: Date;
}

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Error && /UNIQUE constraint failed/.test(error.message);

/** Inserts a user; null when the username is taken. */
export const insertUser = async (store: Store, user: NewUser): Promise<UserRow | null> => {
  try {
    return store.db
      .insert(users)
      .values({ ...user, usernameKey: user.username?.toLowerCase() ?? null })
      .returning()
      .get();
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
};

export const findUserById = async (store: Store, id: number): Promise<UserRow | null> =>
  store.db.select().from(users).where(eq(users.id, id)).get() ?? null;

export const findUserByUsername = async (store: Store, username: string): Promise<UserRow | null> =>
  store.db.select().from(users).where(eq(users.usernameKey, username.toLowerCase())).get() ?? null;

/** Turns a guest into a registered aspirant, keeping its id (and so its history); null if taken. */
export const upgradeGuest = async (
  store: Store,
  userId: number,
  credentials: { username: string; passwordHash: string },
): Promise<UserRow | null> => {
  try {
    return (
      store.db
        .update(users)
        .set({
          username: credentials.username,
          usernameKey: credentials.username.toLowerCase(),
          passwordHash: credentials.passwordHash,
          isGuest: false,
        })
        .where(and(eq(users.id, userId), eq(users.isGuest, true)))
        .returning()
        .get() ?? null
    );
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
};

export const hasAdmin = async (store: Store): Promise<boolean> =>
  store.db.select({ id: users.id }).from(users).where(eq(users.isAdmin, true)).limit(1).get() !==
  undefined;
