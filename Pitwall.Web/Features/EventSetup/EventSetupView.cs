using Pitwall.Sql.EventSetup;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>
/// The Event Setup panel's model: the racer's cars, the open session (draft or reopened) as its
/// form and its sheet, built once here from what the panel's one statement read, and their sessions.
/// </summary>
public sealed class EventSetupView
{
    public EventSetupView(EventSetupContent content, NewSessionForm? form = null)
    {
        Content = content;
        Form = form;
        if (content.Open is not { } open) return;
        OpenCar = Car(open.CarId);
        Draft = DraftForm.From(open);
        Sheet = SetupSheetView.Of("draft", Draft.Setup, open.Baseline, readOnly: !open.IsDraft);
    }

    public EventSetupContent Content { get; }
    public NewSessionForm? Form { get; }
    public OpenSession? Open => Content.Open;
    public CarChoice? OpenCar { get; }
    public DraftForm? Draft { get; }
    public SetupSheetView? Sheet { get; }

    public CarChoice? Car(int id) => Content.Cars.FirstOrDefault(c => c.Id == id);

    public IEnumerable<(CarChoice Car, IReadOnlyList<PastSession> Sessions)> SessionsByCar =>
        Content.Cars
            .Select(c => (c, (IReadOnlyList<PastSession>)Content.Past.Where(p => p.CarId == c.Id).ToList()))
            .Where(g => g.Item2.Count > 0);
}
