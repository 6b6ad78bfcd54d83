using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>The draft's status line (<c>#draft-status</c>), with the notes beside the fields swapped out of band.</summary>
public sealed record DraftStatus(string Text, SetupSheetView? Notes, bool Ok = false);
