// The browser's time zone (an IANA id such as "Europe/Berlin"), so the app can show times as this person reads them.
export function detect() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
