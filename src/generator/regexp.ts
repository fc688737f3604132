// Text as a literal inside a RegExp: "U.S." matches "U.S." and not "UxSx".
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
