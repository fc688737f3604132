/** Hidden CSRF token; the name must match what the CSRF middleware reads from form bodies. */
export const CSRF_FIELD = "_csrf";

/** Empty for anonymous visitors: without a session there is nothing to protect or check. */
export const CsrfField = ({ token }: { token: string }) =>
  token === "" ? null : <input type="hidden" name={CSRF_FIELD} value={token} />;
