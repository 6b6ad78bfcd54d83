using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// The ASP.NET data-protection key ring in PostgreSQL (table of V4), so antiforgery tokens
/// and cookies stay valid across restarts and between instances.
/// </summary>
public sealed class PostgresKeyRing(NpgsqlDataSource db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = db.OpenConnection();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at")
            .Select(x => XElement.Parse(x))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = db.OpenConnection();
        connection.Execute(
            "INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@friendlyName, @xml) ON CONFLICT (friendly_name) DO NOTHING",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
