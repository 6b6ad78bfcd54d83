using Pitwall.Sql.Library;
using Pitwall.Sql.Setup;

namespace Pitwall.Web.Features.Library;

/// <summary>One entry opened: its details and its setup sheet, read-only.</summary>
public sealed record EntryView(LibrarySetup Entry)
{
    public SetupValues Values { get; } = SetupValues.Parse(Entry.Setup);

    public Shared.SetupSheetView Sheet => Shared.SetupSheetView.Of("entry", new Shared.SetupSheetForm(null, Values), null, readOnly: true);
}
