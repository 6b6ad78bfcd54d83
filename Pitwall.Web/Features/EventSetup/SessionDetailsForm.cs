using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>The details of a racing session, as typed: shared by ➕ New Session and the draft.</summary>
public class SessionDetailsForm
{
    static IReadOnlyList<string> Types => SessionRules.Types;
    static IReadOnlyList<string> Sizes => SessionRules.Sizes;
    static IReadOnlyList<string> Tractions => SessionRules.Tractions;
    const int NameMax = 80, SurfaceMax = 40;

    public string? SessionName { get; set; }
    public string? Type { get; set; }
    public string? Date { get; set; }
    public string? TrackName { get; set; }
    public string? TrackSize { get; set; }
    public string? Traction { get; set; }
    public string? SurfaceType { get; set; }
    public string? SurfaceCondition { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>
    /// The session's stored type, size and traction: a word outside Pitwall's lists (the earlier
    /// tool's "Qualifying", say) is shown, offered again and accepted while it is unchanged.
    /// </summary>
    [BindNever] public (string? Type, string? TrackSize, string? Traction) Stored { get; set; }

    IReadOnlyList<string> TypeOptions => WithStored(Types, Stored.Type);
    IReadOnlyList<string> SizeOptions => WithStored(Sizes, Stored.TrackSize);
    IReadOnlyList<string> TractionOptions => WithStored(Tractions, Stored.Traction);

    static IReadOnlyList<string> WithStored(IReadOnlyList<string> list, string? stored) =>
        string.IsNullOrWhiteSpace(stored) || list.Contains(stored) ? list : [.. list, stored];

    protected bool ValidateDetails()
    {
        Errors.Clear();
        var name = RacerRules.Clean(SessionName);
        if (name is null) Errors[nameof(SessionName)] = "Enter a name for the session, such as \"Saturday practice\".";
        else if (name.Length > NameMax) Errors[nameof(SessionName)] = $"Use at most {NameMax} characters for the session name.";
        else if (TextRules.CheckName(name) is { } problem) Errors[nameof(SessionName)] = problem;
        if (!TypeOptions.Contains(Type ?? "")) Errors[nameof(Type)] = "Choose Practice, Qualifier or Main.";
        if (ParsedDate is not { } date || date.Year is < 2000 or > 2100) Errors[nameof(Date)] = "Enter the date of the session.";
        if (RacerRules.Clean(TrackName) is { Length: > NameMax }) Errors[nameof(TrackName)] = $"Use at most {NameMax} characters for the track name.";
        if (RacerRules.Clean(TrackSize) is { } size && !SizeOptions.Contains(size)) Errors[nameof(TrackSize)] = "Choose Small, Medium or Large.";
        if (RacerRules.Clean(Traction) is { } traction && !TractionOptions.Contains(traction)) Errors[nameof(Traction)] = "Choose Low, Medium or High.";
        if (RacerRules.Clean(SurfaceType) is { Length: > SurfaceMax }) Errors[nameof(SurfaceType)] = $"Use at most {SurfaceMax} characters.";
        if (RacerRules.Clean(SurfaceCondition) is { Length: > SurfaceMax }) Errors[nameof(SurfaceCondition)] = $"Use at most {SurfaceMax} characters.";
        TextRules.CheckReadable(Errors, (nameof(TrackName), TrackName), (nameof(SurfaceType), SurfaceType), (nameof(SurfaceCondition), SurfaceCondition));
        return Errors.Count == 0;
    }

    DateOnly? ParsedDate => DateOnly.TryParseExact(Date ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public SessionDetails ToDetails() => new(
        RacerRules.Clean(SessionName)!, Type!, ParsedDate!.Value, RacerRules.Clean(TrackName), RacerRules.Clean(TrackSize),
        RacerRules.Clean(Traction), RacerRules.Clean(SurfaceType), RacerRules.Clean(SurfaceCondition));

    protected void CopyFrom(OpenSession s)
    {
        SessionName = s.Name;
        Type = s.Type;
        Date = s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        TrackName = s.TrackName;
        TrackSize = s.TrackSize;
        Traction = s.Traction;
        SurfaceType = s.SurfaceType;
        SurfaceCondition = s.SurfaceCondition;
        Stored = (s.Type, s.TrackSize, s.Traction);
    }

    /// <summary>The detail fields, ids prefixed by the form's id.</summary>
    public IEnumerable<FieldModel> Fields(string formId)
    {
        string? E(string key) => Errors.GetValueOrDefault(key);
        yield return new(formId, nameof(SessionName), "Session name", SessionName, E(nameof(SessionName)));
        yield return new(formId, nameof(Type), "Type", Type, E(nameof(Type)), Options: TypeOptions, Optional: false);
        yield return new(formId, nameof(Date), "Date", Date, E(nameof(Date)), Type: "date");
        yield return new(formId, nameof(TrackName), "Track name", TrackName, E(nameof(TrackName)));
        yield return new(formId, nameof(TrackSize), "Track size", TrackSize, E(nameof(TrackSize)), Options: SizeOptions);
        yield return new(formId, nameof(Traction), "Traction", Traction, E(nameof(Traction)), Options: TractionOptions);
        yield return new(formId, nameof(SurfaceType), "Surface type", SurfaceType, E(nameof(SurfaceType)));
        yield return new(formId, nameof(SurfaceCondition), "Surface condition", SurfaceCondition, E(nameof(SurfaceCondition)));
    }
}
