using System.Globalization;
using Pitwall.Sql.Results;

namespace Pitwall.Web.Features.Results;

/// <summary>A point of a chart in the SVG's own coordinates, with what it says.</summary>
public sealed record ChartPoint(double X, double Y, string Label);
