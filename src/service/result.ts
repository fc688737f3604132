// Expected outcomes of use cases are values: the web layer maps `status` straight to HTTP.
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

export interface ServiceError {
  code: string; // stable, machine-readable: "invalid-input", "not-found", "forbidden", ...
  status: ErrorStatus;
  message: string; // readable by an aspirant or an admin
  field?: string; // the input field at fault, e.g. "answers.2.choice"
  retryAfterSeconds?: number; // with 429
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (
  status: ErrorStatus,
  code: string,
  message: string,
  field?: string,
): { ok: false; error: ServiceError } => ({
  ok: false,
  error: field === undefined ? { code, status, message } : { code, status, message, field },
});

export const notFound = (what: string) => fail(404, "not-found", `${what} not found.`);
export const unauthenticated = () =>
  fail(401, "unauthenticated", "Log in or start as a guest first.");
export const forbidden = (message = "You do not have the rights to do this.") =>
  fail(403, "forbidden", message);
