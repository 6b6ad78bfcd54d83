using Pitwall.Sql.Library;

namespace Pitwall.Web.Features.Library;

/// <summary>The choice of where and what, with the racer's drafts and cars.</summary>
public sealed record UseView(LibrarySetup Entry, UseChoices Choices, UseForm Form);
