// Random tokens for sessions, setup links and attempt ids. Only hashes of secrets are stored.
import { createHash, randomInt as cryptoRandomInt, randomBytes } from "node:crypto";

export const newToken = (bytes = 32): string => randomBytes(bytes).toString("base64url");

export const hashToken = (token: string): string =>
  createHash("sha256").update(token).digest("hex");

/** The CSRF token of a session: derived from its secret, so it needs no storage. */
export const csrfTokenFor = (sessionToken: string): string =>
  createHash("sha256").update(`newsdrill-csrf:${sessionToken}`).digest("base64url");

/** Uniform integer in [0, max), from the OS's cryptographic source. */
export const secureRandomInt = (max: number): number => cryptoRandomInt(max);
