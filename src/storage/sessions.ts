import { and, eq, gt, lte, sql } from "drizzle-orm";
import { inTransaction, type Store } from "./db";
import { sessions, users } from "./schema";
import { perStore } from "./statements";
import type { UserRow } from "./users";

export interface NewSession {
  idHash: string;
  userId: number;
  createdAt: Date;
  expiresAt: Date;
}

/** Creates a session, deleting `replacesHash` in the same transaction (rotation at login). */
export const insertSession = async (
  store: Store,
  session: NewSession,
  replacesHash: string | null = null,
): Promise<void> => {
  inTransaction(store, (tx) => {
    if (replacesHash !== null) tx.delete(sessions).where(eq(sessions.idHash, replacesHash)).run();
    tx.insert(sessions).values(session).run();
  });
};

const sessionUser = perStore((store) =>
  store.db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.idHash, sql.placeholder("idHash")),
        gt(sessions.expiresAt, sql.placeholder("now")),
      ),
    )
    .prepare(),
);

/** The user of an unexpired session, or null. */
export const findSessionUser = async (
  store: Store,
  idHash: string,
  now: Date,
): Promise<UserRow | null> => sessionUser(store).get({ idHash, now: now.getTime() })?.user ?? null;

export const deleteSession = async (store: Store, idHash: string): Promise<void> => {
  store.db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
};

export const deleteExpiredSessions = async (store: Store, now: Date): Promise<number> =>
  store.db.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes;
