using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Profiles;

/// <summary>
/// ➕ New Racer (<c>#new-racer-form</c>), or on first run the welcome that holds the same fields
/// (<c>#welcome</c>, in place of every panel while there is no racer). Nothing to read.
/// </summary>
public static class NewRacer
{
    public const string View = "~/Features/Profiles/_NewRacerForm.cshtml";
    public const string WelcomeView = "~/Features/Profiles/_Welcome.cshtml";

    public static Panel<NewRacerForm> Of(NewRacerForm? form = null) =>
        form is { Welcome: true } ? new(WelcomeView, form) : new(View, form ?? new NewRacerForm());

    public static Panel<NewRacerForm> Welcome() => Of(new NewRacerForm { Welcome = true });
}
