using System.Globalization;
using Pitwall.Sql.EventSetup;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>➕ New Session: a car of the racer's and the session's details.</summary>
public sealed class NewSessionForm : SessionDetailsForm
{
    public int? CarId { get; set; }

    /// <summary>A new session of the racer's day (RacerClock: the browser's zone, never the server's).</summary>
    public static NewSessionForm On(DateOnly today) => new() { Type = "Practice", Date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    /// <summary>The details, and that a car is chosen: whether it is the racer's own, the insert decides (another racer's is a 404).</summary>
    public bool Validate()
    {
        ValidateDetails();
        if (CarId is null) Errors[nameof(CarId)] = "Choose one of your cars.";
        return Errors.Count == 0;
    }
}
