// Tells the server the browser's time zone, so that "today" is the racer's day and not the
// server's (Infrastructure/RacerClock.cs). A cookie, so every request carries it; not secret.
(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && !document.cookie.split("; ").includes("pitwall_tz=" + encodeURIComponent(zone)))
        document.cookie = "pitwall_tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax";
})();
