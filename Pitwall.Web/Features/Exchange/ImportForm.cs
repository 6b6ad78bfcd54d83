using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Exchange;

/// <summary>"Import" on the Shop Master: an export file and, when the racer has that car already, a new nickname.</summary>
public sealed class ImportForm
{
    /// <summary>
    /// 5 MB: a car with 200 sessions of three 30-lap heats exports to well under 1 MB; a file
    /// five times that is not a car of a racer, and it is read whole into memory to be checked.
    /// </summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public string? Nickname { get; set; }

    public string? CleanNickname => TextRules.Clean(Nickname);
}
