using System.Globalization;
using Pitwall.Sql.EventSetup;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>➕ New Session: a car of the racer's and the session's details.</summary>
public sealed class NewSessionForm : SessionDetailsForm
{
    public int? CarId { get; set; }

    /// <summary>A new session of the racer's day (RacerClock: the browser's zone, never the server's).</summary>
    public static NewSessionForm On(DateOnly today) => new() { Type = "Practice", Date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    public bool Validate(IReadOnlyList<CarChoice> cars)
    {
        ValidateDetails();
        if (CarId is not { } car || cars.All(c => c.Id != car)) Errors[nameof(CarId)] = "Choose one of your cars.";
        return Errors.Count == 0;
    }
}
