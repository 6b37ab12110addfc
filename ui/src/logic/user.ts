// Where the window remembers the name its user gave for the audit log.
export const USER_KEY = "jingpin.user";
