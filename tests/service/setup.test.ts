import { afterEach, describe, expect, it } from "vitest";
import { testConfig } from "../../src/config";
import { checkSetupToken, ensureAdmin, login, setupAdmin } from "../../src/service";
import { openStore, type Store } from "../../src/storage";
import { createDeps } from "../../src/web/deps";

const stores: Store[] = [];
const depsWith = (env: { adminPassword?: string; adminUsername?: string } = {}) => {
  const store = openStore(":memory:");
  stores.push(store);
  return createDeps({
    store,
    config: testConfig({ adminUsername: "admin", adminPassword: undefined, ...env }),
  });
};
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe("ensureAdmin", () => {
  it("creates the admin from ADMIN_PASSWORD once", async () => {
    const deps = depsWith({ adminPassword: "start-secret", adminUsername: "chief" });
    expect(await ensureAdmin(deps)).toEqual({ status: "created", username: "chief" });
    expect(await ensureAdmin(deps)).toEqual({ status: "exists" });
    const signedIn = await login(deps, { username: "chief", password: "start-secret" }, null);
    expect(signedIn.ok && signedIn.value.user.isAdmin).toBe(true);
  });

  it("refuses a too-short ADMIN_PASSWORD", async () => {
    expect((await ensureAdmin(depsWith({ adminPassword: "short" }))).status).toBe(
      "invalid-password",
    );
  });

  it("without a password, issues a one-time setup link", async () => {
    const deps = depsWith();
    const outcome = await ensureAdmin(deps);
    if (outcome.status !== "setup-needed") throw new Error(`got ${outcome.status}`);
    const token = outcome.setupToken;
    expect((await checkSetupToken(deps, token)).ok).toBe(true);
    expect((await checkSetupToken(deps, `${token}x`)).ok).toBe(false);

    const short = await setupAdmin(deps, token, { password: "short" }, null);
    expect(short.ok ? null : short.error.field).toBe("password");
    const done = await setupAdmin(deps, token, { password: "a-good-secret" }, null);
    expect(done.ok && done.value.user).toMatchObject({ username: "admin", isAdmin: true });

    const again = await setupAdmin(
      deps,
      token,
      { username: "second", password: "a-good-secret" },
      null,
    );
    expect(again.ok ? null : again.error.status).toBe(404);
    expect((await checkSetupToken(deps, token)).ok).toBe(false);
    expect(await ensureAdmin(deps)).toEqual({ status: "exists" });
  });

  it.each(["", "x".repeat(500), "not-a-token"])("refuses the setup token %j", async (token) => {
    const deps = depsWith();
    await ensureAdmin(deps);
    const outcome = await setupAdmin(deps, token, { password: "a-good-secret" }, null);
    expect(outcome.ok ? null : outcome.error.code).toBe("setup-link-invalid");
  });
});
