using System.Reflection;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Migrations;

/// <summary>
/// The versioned migrations (<c>V&lt;n&gt;__name.sql</c>, run by Evolve) and their undo files
/// (<c>U&lt;n&gt;__name.sql</c>, run by <see cref="RollbackRunner"/>). Resource prefixes keep the two
/// apart so Evolve never loads an undo file. Tests add sources of their own. A version may
/// have parts, as in Evolve (<c>V1_1</c> is 1.1, between 1 and 2).
/// </summary>
public sealed partial class MigrationCatalog
{
    public const string MigrationPrefix = "Pitwall.Migrations.";
    public const string UndoPrefix = "Pitwall.Undo.";

    public static MigrationCatalog Default { get; } = new([typeof(MigrationCatalog).Assembly], [MigrationPrefix], [UndoPrefix]);

    public MigrationCatalog(IReadOnlyList<Assembly> assemblies, IReadOnlyList<string> migrationPrefixes, IReadOnlyList<string> undoPrefixes)
    {
        Assemblies = assemblies;
        MigrationPrefixes = migrationPrefixes;
        UndoPrefixes = undoPrefixes;
    }

    public IReadOnlyList<Assembly> Assemblies { get; }
    public IReadOnlyList<string> MigrationPrefixes { get; }
    public IReadOnlyList<string> UndoPrefixes { get; }

    // Read once: /healthz asks for the latest version on every probe.
    public IReadOnlyList<MigrationScript> Migrations => _migrations ??= Load(MigrationPrefixes, 'V');

    public IReadOnlyList<MigrationScript> Undos => _undos ??= Load(UndoPrefixes, 'U');

    IReadOnlyList<MigrationScript>? _migrations;
    IReadOnlyList<MigrationScript>? _undos;

    public decimal LatestVersion => Migrations.Count == 0 ? 0 : Migrations.Max(m => m.Version);

    List<MigrationScript> Load(IReadOnlyList<string> prefixes, char letter) =>
        Assemblies
            .SelectMany(a => a.GetManifestResourceNames().Select(n => (Assembly: a, Name: n)))
            .SelectMany(r => prefixes.Where(p => r.Name.StartsWith(p, StringComparison.Ordinal))
                .Select(p => (r.Assembly, r.Name, File: r.Name[p.Length..])))
            .Select(r => (r.Assembly, r.Name, r.File, Match: FileName().Match(r.File)))
            .Where(r => r.Match.Success && r.Match.Groups["letter"].Value[0] == letter)
            .Select(r => new MigrationScript(ParseVersion(r.Match.Groups["version"].Value), r.File, r.Name, r.Assembly))
            .OrderBy(s => s.Version)
            .ToList();

    /// <summary>"1_1" (a file name) or "1.1" (Evolve's changelog, the command line) as a number.</summary>
    public static decimal ParseVersion(string text) =>
        decimal.Parse(text.Replace('_', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How Evolve writes a version in its changelog ("1.1"; "5").</summary>
    public static string FormatVersion(decimal version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<letter>[VU])(?<version>\d+(_\d+)?)__[A-Za-z0-9_]+\.sql$")]
    private static partial Regex FileName();
}
