using Pitwall.Sql.Changes;

namespace Pitwall.Web.Features.Changes;

/// <summary>The actions of a reopened session (Close Session, Compare, Make baseline, 🖨 Print) and its closeout.</summary>
public sealed record SessionActions(SessionCloseout Session, CloseoutForm? Form = null, string? Message = null);
