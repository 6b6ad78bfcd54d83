using System.Reflection;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Migrations;

/// <summary>A migration or undo script embedded in an assembly.</summary>
public sealed record MigrationScript(int Version, string Name, string ResourceName, Assembly Assembly)
{
    public string ReadText()
    {
        using var stream = Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>
/// The versioned migrations (<c>V&lt;n&gt;__name.sql</c>, run by Evolve) and their undo files
/// (<c>U&lt;n&gt;__name.sql</c>, run by <see cref="RollbackRunner"/>). Resource prefixes keep the two
/// apart so Evolve never loads an undo file. Tests add sources of their own.
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

    public int LatestVersion => Migrations.Count == 0 ? 0 : Migrations.Max(m => m.Version);

    List<MigrationScript> Load(IReadOnlyList<string> prefixes, char letter) =>
        Assemblies
            .SelectMany(a => a.GetManifestResourceNames().Select(n => (Assembly: a, Name: n)))
            .SelectMany(r => prefixes.Where(p => r.Name.StartsWith(p, StringComparison.Ordinal))
                .Select(p => (r.Assembly, r.Name, File: r.Name[p.Length..])))
            .Select(r => (r.Assembly, r.Name, r.File, Match: FileName().Match(r.File)))
            .Where(r => r.Match.Success && r.Match.Groups["letter"].Value[0] == letter)
            .Select(r => new MigrationScript(int.Parse(r.Match.Groups["version"].Value), r.File, r.Name, r.Assembly))
            .OrderBy(s => s.Version)
            .ToList();

    [GeneratedRegex(@"^(?<letter>[VU])(?<version>\d+)__[A-Za-z0-9_]+\.sql$")]
    private static partial Regex FileName();
}
