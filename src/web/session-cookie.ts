// The session cookie: HttpOnly, SameSite=Lax, Secure (with the __Host- prefix) over HTTPS.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppConfig } from "../config";
import type { AuthSession } from "../service/views";

export const sessionCookieName = (config: AppConfig): string =>
  config.secureCookies ? "__Host-newsdrill_session" : "newsdrill_session";

export const readSessionCookie = (c: Context, config: AppConfig): string | null =>
  getCookie(c, sessionCookieName(config)) ?? null;

export const setSessionCookie = (c: Context, session: AuthSession, config: AppConfig): void => {
  setCookie(c, sessionCookieName(config), session.sessionToken, {
    httpOnly: true,
    sameSite: "Lax",
    secure: config.secureCookies,
    path: "/",
    expires: new Date(session.expiresAt),
  });
};

export const clearSessionCookie = (c: Context, config: AppConfig): void => {
  deleteCookie(c, sessionCookieName(config), { path: "/", secure: config.secureCookies });
};
