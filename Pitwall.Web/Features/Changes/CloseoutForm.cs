using System.Globalization;
using Pitwall.Sql.Changes;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Changes;

/// <summary>"Close Session" as typed: Rating (1–5), what the car did (one symptom or one gain), Observation.</summary>
public sealed class CloseoutForm
{
    public string? Rating { get; set; }
    public string? Feel { get; set; }
    public string? Observation { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    public bool Validate()
    {
        Errors.Clear();
        if (ParsedRating is null) Errors[nameof(Rating)] = "Rate the session from 1 (worse) to 5 (much better).";
        if (TextRules.Clean(Feel) is { } feel && !Closeout.Symptoms.Contains(feel) && !Closeout.Gains.Contains(feel))
            Errors[nameof(Feel)] = "Choose one symptom or one gain from the list.";
        if (TextRules.Clean(Observation) is { Length: > Closeout.ObservationMax })
            Errors[nameof(Observation)] = $"Use at most {Closeout.ObservationMax} characters.";
        TextRules.CheckReadable(Errors, (nameof(Observation), Observation));
        return Errors.Count == 0;
    }

    int? ParsedRating => int.TryParse(Rating?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 5 ? r : null;

    public Closeout ToCloseout() => new(ParsedRating!.Value, TextRules.Clean(Feel), TextRules.Clean(Observation));
}
