// A signed-in client of the real server: the session cookie from login/register, the CSRF token
// the auth API returns (echoed in x-csrf-token), and our own Origin on every request.
import { cookieHeader, cookiesOf, httpRequest, type RawResponse } from "./http";

export interface Session {
  baseUrl: string;
  /** Headers that authenticate a request as this session (cookie, CSRF token, Origin). */
  headers: Record<string, string>;
  get: (path: string) => Promise<RawResponse>;
  postJson: (path: string, body: unknown) => Promise<RawResponse>;
}

export const CSRF_HEADER = "x-csrf-token";

const open = (baseUrl: string, cookie: string, csrfToken: string): Session => {
  const headers: Record<string, string> = {
    cookie,
    [CSRF_HEADER]: csrfToken,
    origin: baseUrl,
  };
  return {
    baseUrl,
    headers,
    get: (path) => httpRequest(baseUrl + path, { headers }),
    postJson: (path, body) =>
      httpRequest(baseUrl + path, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
  };
};

/** POST /api/auth/{login|register} with {username, password}; throws if the server refuses. */
export const signIn = async (
  baseUrl: string,
  action: "login" | "register",
  username: string,
  password: string,
): Promise<Session> => {
  const response = await httpRequest(`${baseUrl}/api/auth/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200 && response.status !== 201) {
    throw new Error(
      `${action} as ${username} answered ${response.status}: ${response.body.toString()}`,
    );
  }
  const payload = JSON.parse(response.body.toString()) as { csrfToken?: unknown };
  if (typeof payload.csrfToken !== "string") {
    throw new Error(`${action} answered without a csrfToken: ${response.body.toString()}`);
  }
  const cookies = cookiesOf(response);
  if (Object.keys(cookies).length === 0) throw new Error(`${action} set no session cookie`);
  return open(baseUrl, cookieHeader(cookies), payload.csrfToken);
};
