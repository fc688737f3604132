/** Hidden CSRF token; the name must match what the CSRF middleware reads from form bodies. */
export const CSRF_FIELD = "_csrf";

export const CsrfField = ({ token }: { token: string }) => (
  <input type="hidden" name={CSRF_FIELD} value={token} />
);
