using System.Reflection;

namespace Pitwall.Sql.Migrations;

/// <summary>A migration or undo script embedded in an assembly.</summary>
public sealed record MigrationScript(decimal Version, string Name, string ResourceName, Assembly Assembly)
{
    public string ReadText()
    {
        using var stream = Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
