namespace Pitwall.Web.Features.PitWall;

/// <summary>One event of an event stream, as a browser's EventSource hands it over (data lines joined by LF).</summary>
public sealed record ServerEvent(string Name, string Data);
